import { startDemoStack, type DemoStack } from "../../scripts/lib/demo-stack"
import { loadRootEnv } from "../../scripts/lib/env"

/** The value below which `p` percent of the sorted timings fall. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/**
 * Runs a benchmark against a throw-away demo stack (fresh database, demo
 * data, production builds), stopping it on Ctrl-C, on failure and at the end,
 * then exits (kept-alive connections would otherwise hold the process).
 */
export function benchOnDemoStack(
  backendEnv: NodeJS.ProcessEnv | (() => Promise<NodeJS.ProcessEnv>),
  bench: (stack: DemoStack) => Promise<void>
): void {
  loadRootEnv()
  const run = async () => {
    const env = typeof backendEnv === "function" ? await backendEnv() : backendEnv
    const stack = await startDemoStack({ NODE_ENV: "development", LOG_LEVEL: "warn", ...env })
    const stop = () => void stack.shutdown().then(() => process.exit(130))
    process.removeAllListeners("SIGINT")
    process.on("SIGINT", stop)
    process.on("SIGTERM", stop)
    try {
      await bench(stack)
    } finally {
      await stack.shutdown()
    }
  }
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
