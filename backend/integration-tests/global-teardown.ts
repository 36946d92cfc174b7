import type { Database } from "../../scripts/lib/database"
import { dropMigratedTemplate } from "./migrated-template"

export default async function globalTeardown(): Promise<void> {
  await dropMigratedTemplate()
  const database = (globalThis as { __OCP_TEST_DB__?: Database }).__OCP_TEST_DB__
  await database?.stop()
}
