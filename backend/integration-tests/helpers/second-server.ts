import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import { openSync } from "node:fs"
import { join } from "node:path"
import { freePort } from "../../../scripts/lib/free-port"

const backendDir = join(__dirname, "..", "..")

export type SecondServer = {
  url: string
  process: ChildProcess
  /** SIGKILL to the server's whole process group (a power cut); resolves once no process of the group is left. */
  kill: () => Promise<void>
}

/** Every server this test file started and has not yet stopped: afterAll stops them (stopSecondServers). */
const running = new Set<SecondServer>()

/** The processes left in a process group, from `ps`: none once a server is really gone. */
export function processesInGroup(groupId: number): string[] {
  const listing = execFileSync("ps", ["-e", "-o", "pgid=,pid=,args="], { encoding: "utf8" })
  return listing
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && Number(line.split(/\s+/)[0]) === groupId)
}

/**
 * A second Medusa server process on the same database, as in production
 * behind a load balancer; `env` makes it a server or a worker of a Redis
 * scale-out (MEDUSA_WORKER_MODE, REDIS_URL). It runs in its own process
 * group, so that killing it leaves nothing behind into the next test.
 */
export async function startSecondServer(databaseUrl: string, env: Record<string, string> = {}): Promise<SecondServer> {
  const port = await freePort()
  const log = process.env.OCP_SECOND_SERVER_LOG
  const child = spawn(join(backendDir, "..", "node_modules", ".bin", "medusa"), ["start", "--port", String(port)], {
    cwd: backendDir,
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: databaseUrl, LOG_LEVEL: "error", ...env },
    // OCP_SECOND_SERVER_LOG=file keeps the processes' output, to debug a test
    stdio: log ? ["ignore", openSync(log, "a"), openSync(log, "a")] : "ignore",
    detached: true,
  })
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const server: SecondServer = {
    url: `http://localhost:${port}`,
    process: child,
    kill: async () => {
      running.delete(server)
      if (!child.pid) return
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch (error) {
        // ESRCH: the group is already gone
        if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error
      }
      if (child.exitCode === null && child.signalCode === null) await exited
      for (let waited = 0; processesInGroup(child.pid).length; waited += 50) {
        if (waited > 5_000) throw new Error(`second server's processes still running after SIGKILL: ${processesInGroup(child.pid).join("; ")}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
  }
  running.add(server)
  for (let waited = 0; waited < 120_000; waited += 500) {
    if (child.exitCode !== null) {
      running.delete(server)
      throw new Error(`second server exited with ${child.exitCode}`)
    }
    const healthy = await fetch(`${server.url}/health`).then(
      (response) => response.ok,
      () => false
    )
    if (healthy) return server
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await server.kill()
  throw new Error("second server did not start")
}

/** Stops every second server still running (a test that failed half-way); for afterAll. */
export async function stopSecondServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.kill()))
}
