import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { embeddedUrl, runningPid, startEmbedded, type Database } from "./database"
import { DB_NAME, embeddedPort } from "./env"
import { DATA, PG_DATA } from "./paths"

/**
 * The database an operations command works on: DATABASE_URL when set, else
 * the embedded one, used as it runs (`npm start` may be serving it) or
 * started for the command and stopped after. Without DATABASE_URL in
 * production, or without an embedded database to work on, it refuses: a
 * backup or an update of a brand-new empty database would report success
 * while production was never touched.
 */
export async function opsDatabase({ mayCreate = false } = {}): Promise<Database & { where: string }> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {}, where: `DATABASE_URL (${url.hostname}:${url.port || 5432}${url.pathname})` }
  }
  const production = process.env.NODE_ENV === "production" || process.env.ENV?.toUpperCase() === "PRODUCTION"
  if (production || (!mayCreate && !existsSync(join(PG_DATA, "PG_VERSION")))) {
    throw new Error(
      "DATABASE_URL is not set" +
        (production ? " in production mode" : ", and there is no embedded database in .data/postgres") +
        ". Load the environment first, e.g.  set -a; . /etc/oc-pizza/oc-pizza.env; set +a"
    )
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
