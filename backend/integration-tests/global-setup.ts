import { startTestDatabase, type Database } from "../../scripts/lib/database"
import { createTemplates } from "./template-databases"

declare global {
  var __OCP_TEST_DB__: Database | undefined
}

/**
 * Integration tests need a PostgreSQL server. Given DB_HOST (`npm test`, CI,
 * or a developer's own server) they use it; otherwise a throw-away embedded
 * server runs for the duration of this Jest run. `npm test` also has the
 * schema migrated and the demo data loaded once, for every file to copy (./template-databases.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DB_HOST) globalThis.__OCP_TEST_DB__ = await startTestDatabase()
  await createTemplates()
}
