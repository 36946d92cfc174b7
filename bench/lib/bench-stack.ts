import { startDemoStack, type DemoStack } from "../../scripts/lib/demo-stack"
import { loadRootEnv } from "../../scripts/lib/env"

/** The value below which `p` percent of the sorted timings fall. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/**
 * `requests` GETs of one address, `concurrency` at a time, after `warmUp`
 * untimed ones: the sorted timings, and what `read` took from the last answer.
 */
export async function timeRequests<T>(
  url: string,
  headers: Record<string, string>,
  { requests, concurrency, warmUp }: { requests: number; concurrency: number; warmUp: number },
  read: (response: Response) => Promise<T>
): Promise<{ timings: number[]; last: T | undefined }> {
  for (let i = 0; i < warmUp; i++) await (await fetch(url, { headers })).arrayBuffer()
  const timings: number[] = []
  let last: T | undefined
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++
        const started = performance.now()
        const response = await fetch(url, { headers })
        const value = await read(response)
        timings.push(performance.now() - started)
        if (!response.ok) throw new Error(`${url} answered ${response.status}`)
        last = value
      }
    })
  )
  return { timings: timings.sort((a, b) => a - b), last }
}

export type Bench = {
  /** What the backend needs besides the demo defaults (a stand-in's address...), made before it starts. */
  backendEnv?: () => Promise<NodeJS.ProcessEnv>
  /** The measure itself, with the command line's arguments (empty: the full default sizes). */
  run: (stack: DemoStack, args: string[]) => Promise<void>
  /** The smallest arguments: what CI's smoke phase (bench/smoke.ts) runs, so a bench that stops working fails CI. */
  smoke: string[]
}

/**
 * The demo backend's mode in every bench: the built admin is not needed,
 * warnings are. No e-mail: a bench measures the order path, not a mail
 * server sharing its cores (and a bench run in production mode still starts).
 */
export const BENCH_BACKEND_ENV: NodeJS.ProcessEnv = { NODE_ENV: "development", LOG_LEVEL: "warn", OCP_MAIL_DISABLED: "true" }

/**
 * Declares a bench. Run as a script (`node --import tsx bench/<name>.ts
 * [args]`), it measures on a throw-away demo stack of its own (fresh database,
 * demo data, production builds), stopped on Ctrl-C, on failure and at the end;
 * imported (bench/smoke.ts), it only gives its definition.
 */
export function defineBench(module: NodeModule, bench: Bench): Bench {
  if (require.main === module) runAlone(bench, process.argv.slice(2))
  return bench
}

function runAlone(bench: Bench, args: string[]): void {
  loadRootEnv()
  const run = async () => {
    const stack = await startDemoStack({ ...BENCH_BACKEND_ENV, ...(await bench.backendEnv?.()) })
    const stop = () => void stack.shutdown().then(() => process.exit(130))
    process.removeAllListeners("SIGINT")
    process.on("SIGINT", stop)
    process.on("SIGTERM", stop)
    try {
      await bench.run(stack, args)
    } finally {
      await stack.shutdown()
    }
  }
  // exits at the end: kept-alive connections would otherwise hold the process
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
