import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { embeddedUrl, runningPid, startEmbedded, type Database } from "./database"
import { DB_NAME, embeddedPort } from "./env"
import { DATA, PG_DATA } from "./paths"

/**
 * The database an operations command works on: DATABASE_URL when set, else
 * the embedded one, used as it runs (`npm start` may be serving it) or
 * started for the command and stopped after.
 */
export async function opsDatabase(): Promise<Database & { where: string }> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {}, where: `DATABASE_URL (${url.hostname}:${url.port || 5432}${url.pathname})` }
  }
  const url = embeddedUrl(embeddedPort(), DB_NAME)
  if (runningPid(PG_DATA) !== undefined) {
    return { url, embedded: true, stop: async () => {}, where: `the embedded database (running, 127.0.0.1:${embeddedPort()})` }
  }
  if (!existsSync(join(PG_DATA, "PG_VERSION"))) {
    mkdirSync(DATA, { recursive: true })
  }
  const started = await startEmbedded({ dataDir: PG_DATA, port: embeddedPort(), databaseName: DB_NAME })
  return { ...started, where: `the embedded database (.data/postgres, started for this command)` }
}
