import { rmSync } from "node:fs"
import { ensureDemoData, forgetMigrations, migrateIfNeeded, prepareWorkspace, startDatabase } from "./lib/bootstrap"
import { createDatabaseIfMissing, dropDatabase, maintenanceUrl } from "./lib/database"
import { loadRootEnv } from "./lib/env"
import { elapsed, info, phase } from "./lib/output"
import { UPLOADS } from "./lib/paths"

/**
 * `npm run seed`: loads the demo data if it is missing.
 * `npm run seed -- --reset`: drops the database and the uploaded files,
 * then rebuilds the demo from scratch.
 */

loadRootEnv()
const reset = process.argv.includes("--reset")

async function main(): Promise<void> {
  const database = await startDatabase()
  try {
    if (reset) {
      if (!database.embedded && !process.argv.includes("--yes")) {
        throw new Error("Refusing to drop the database named by DATABASE_URL without --yes (npm run seed -- --reset --yes).")
      }
      await phase("reset", async () => {
        const { adminUrl, database: name } = maintenanceUrl(database.url)
        await dropDatabase(adminUrl, name)
        await createDatabaseIfMissing(adminUrl, name)
        rmSync(UPLOADS, { recursive: true, force: true })
        forgetMigrations(database.url)
        info(`database ${name} recreated, uploads cleared`)
      })
    }
    await prepareWorkspace()
    await migrateIfNeeded(database.url)
    await ensureDemoData(database.url)
  } finally {
    await database.stop()
  }
  console.log(`\nDone in ${elapsed()}.`)
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
