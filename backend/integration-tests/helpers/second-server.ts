import { spawn, type ChildProcess } from "node:child_process"
import { openSync } from "node:fs"
import { join } from "node:path"
import { freePort } from "../../../scripts/lib/free-port"

const backendDir = join(__dirname, "..", "..")

/**
 * A second Medusa server process on the same database, as in production
 * behind a load balancer; `env` makes it a server or a worker of a Redis
 * scale-out (MEDUSA_WORKER_MODE, REDIS_URL).
 */
export async function startSecondServer(databaseUrl: string, env: Record<string, string> = {}): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort()
  const child = spawn(join(backendDir, "..", "node_modules", ".bin", "medusa"), ["start", "--port", String(port)], {
    cwd: backendDir,
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: databaseUrl, LOG_LEVEL: "error", ...env },
    // OCP_SECOND_SERVER_LOG=file keeps the processes' output, to debug a test
    stdio: process.env.OCP_SECOND_SERVER_LOG ? ["ignore", openSync(process.env.OCP_SECOND_SERVER_LOG, "a"), openSync(process.env.OCP_SECOND_SERVER_LOG, "a")] : "ignore",
  })
  const url = `http://localhost:${port}`
  for (let waited = 0; waited < 120_000; waited += 500) {
    if (child.exitCode !== null) throw new Error(`second server exited with ${child.exitCode}`)
    const healthy = await fetch(`${url}/health`).then((response) => response.ok, () => false)
    if (healthy) return { url, process: child }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  child.kill("SIGKILL")
  throw new Error("second server did not start")
}

