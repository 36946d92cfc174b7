import { startTestDatabase, type Database } from "../../scripts/lib/database"

declare global {
  var __OCP_TEST_DB__: Database | undefined
}

/**
 * Integration tests need a PostgreSQL server. Given DB_HOST (`npm test`, CI,
 * or a developer's own server) they use it; otherwise a throw-away embedded
 * server runs for the duration of this Jest run.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DB_HOST) return
  globalThis.__OCP_TEST_DB__ = await startTestDatabase()
}
