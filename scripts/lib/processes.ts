import { spawn, type ChildProcess } from "node:child_process"
import { createInterface } from "node:readline"

export type RunOptions = {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Prefix for each output line; output is hidden unless it fails when `quiet`. */
  label?: string
  quiet?: boolean
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    const captured: string[] = []
    pipeLines(child, (line) => {
      captured.push(line)
      if (!options.quiet) console.log(options.label ? `  [${options.label}] ${line}` : `  ${line}`)
    })
    child.on("error", reject)
    child.on("close", (code, signal) => {
      if (code === 0) return resolve()
      if (options.quiet) console.log(captured.slice(-60).join("\n"))
      reject(new Error(`${command} ${args.join(" ")} (in ${options.cwd}) ended with ${signal ?? `code ${code}`}`))
    })
  })
}

/** Starts a long-running service in its own process group, so it and its children stop together. */
export function startService(command: string, args: string[], options: RunOptions): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  pipeLines(child, (line) => console.log(`[${options.label ?? command}] ${line}`))
  return child
}

/** SIGTERM to the whole group, SIGKILL after a grace period; resolves once it is gone. */
export function stopService(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve()
  const pid = child.pid
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), graceMs)
    child.once("close", () => {
      clearTimeout(timer)
      // children the service spawned itself may outlive it: clear the group
      signalGroup(pid, "SIGKILL")
      resolve()
    })
    signalGroup(pid, "SIGTERM")
  })
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error
  }
}

function pipeLines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on("line", onLine)
  }
}

/** Polls a URL until it answers 2xx. */
export async function waitForHttp(url: string, timeoutMs: number, isDead: () => boolean = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (isDead()) throw new Error(`the process serving ${url} exited`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
