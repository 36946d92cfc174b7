import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { withClient } from "./pg-client"

/** The server's major version (15 for 15.18). */
export function serverMajor(url: string): Promise<{ major: number; version: string }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query("SHOW server_version")
    const version = String(rows[0].server_version).split(" ")[0]
    return { major: Number(version.split(".")[0]), version }
  })
}

/**
 * pg_dump or pg_restore able to work with this server: PG_BIN_DIR, then
 * Debian's versioned folder, then the PATH. A client older than the server
 * cannot read it; the message says how to get the right one.
 */
export function pgTool(tool: "pg_dump" | "pg_restore", major: number, version: string): string {
  const candidates = [...(process.env.PG_BIN_DIR ? [join(process.env.PG_BIN_DIR, tool)] : []), `/usr/lib/postgresql/${major}/bin/${tool}`, tool]
  const found: string[] = []
  for (const candidate of candidates) {
    if (candidate.includes("/") && !existsSync(candidate)) continue
    try {
      const output = execFileSync(candidate, ["--version"], { encoding: "utf8" })
      // "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
      const clientMajor = Number(/\(PostgreSQL\)\s+(\d+)/.exec(output)?.[1])
      if (clientMajor >= major) return candidate
      found.push(`${candidate} is version ${clientMajor}`)
    } catch {
      // not installed there
    }
  }
  throw new Error(
    `${tool} ${major} or newer is needed: the server runs PostgreSQL ${version}${found.length ? ` and ${found.join(", ")}` : ` and no ${tool} was found`}.\n` +
      `  On Debian 12: sudo apt-get install postgresql-client-${major}  (or set PG_BIN_DIR to the folder holding ${tool}).`
  )
}
