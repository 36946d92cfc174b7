import type { Database } from "../../scripts/lib/database"
import { dropTemplates } from "./template-databases"

export default async function globalTeardown(): Promise<void> {
  await dropTemplates()
  const database = (globalThis as { __OCP_TEST_DB__?: Database }).__OCP_TEST_DB__
  await database?.stop()
}
