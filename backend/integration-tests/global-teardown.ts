import type { Database } from "../../scripts/lib/database"

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __OCP_TEST_DB__?: Database }).__OCP_TEST_DB__
  await database?.stop()
}
