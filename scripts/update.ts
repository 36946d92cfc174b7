import { resolve } from "node:path"
import { backup } from "./backup"
import { forgetMigrations, prepareWorkspace } from "./lib/bootstrap"
import { loadRootEnv } from "./lib/env"
import { migrate } from "./lib/medusa"
import { opsDatabase } from "./lib/ops-database"
import { elapsed, phase } from "./lib/output"
import { ROOT } from "./lib/paths"
import { restore } from "./restore"

/**
 * `npm run update`, after fetching a new version and `npm ci`: a backup
 * first, then the plugins' build and the database migrations. A migration
 * that fails leaves the data as it was: the backup just taken is restored.
 * Rolling back a successful update means the previous version's code and
 * that backup (printed at the end).
 */

loadRootEnv()

async function main(): Promise<void> {
  // one database for the whole command: the embedded server stays up between the steps
  const db = await opsDatabase()
  process.env.DATABASE_URL = db.url
  let file: string | undefined
  try {
    file = await backup(resolve(ROOT, "backups"))
    await prepareWorkspace({ force: true })
    try {
      await phase("database migrations", async () => {
        await migrate()
        forgetMigrations(db.url)
      })
    } catch (error) {
      console.error(`\nA migration failed: ${(error as Error).message}\nPutting the database back as it was before the update...`)
      await restore(file, true)
      throw new Error(`the update was not applied; the database is as it was (restored from ${file}).`, { cause: error })
    }
    console.log(
      `\nUpdated in ${elapsed()}. Restart the services (npm start, or systemctl restart 'oc-pizza-*').\n` +
        `To roll back: check out the previous version, npm ci && npm run build, then\n  npm run restore -- ${file} --force`
    )
  } finally {
    await db.stop()
  }
}

main().catch((error: Error) => {
  console.error(`\nUpdate failed: ${error.message}`)
  process.exit(1)
})
