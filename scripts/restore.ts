import { execFileSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join, resolve } from "node:path"
import { sha256 } from "./backup"
import { createDatabaseIfMissing, maintenanceUrl } from "./lib/database"
import { withClient } from "./lib/pg-client"
import { loadRootEnv } from "./lib/env"
import { opsDatabase } from "./lib/ops-database"
import { elapsed, info, phase } from "./lib/output"
import { UPLOADS } from "./lib/paths"
import { pgTool, serverMajor } from "./lib/pg-tools"
import { differences, fingerprint, tableCount, type Fingerprint } from "./lib/table-fingerprint"

/**
 * `npm run restore -- FILE [--force]`: puts a backup of `npm run backup` into
 * the database (DATABASE_URL or the embedded one) and the uploads folder.
 * The target must be empty: a database with tables is refused unless
 * --force, which drops it first. The restore is one transaction, and ends by
 * comparing every table with the backup's row counts and checksums.
 */

loadRootEnv()

export async function restore(file: string, force: boolean): Promise<void> {
  if (!existsSync(file)) throw new Error(`${file} does not exist.`)
  await phase("checksum", async () => {
    const sumFile = `${file}.sha256`
    if (!existsSync(sumFile)) throw new Error(`${basename(sumFile)} is missing beside the backup: without it the file cannot be trusted.`)
    const expected = readFileSync(sumFile, "utf8").split(/\s+/)[0]
    if ((await sha256(file)) !== expected) throw new Error(`${basename(file)} does not match its checksum: the file is damaged or incomplete.`)
    info("the file is intact")
  })
  const work = mkdtempSync(join(tmpdir(), "oc-pizza-restore-"))
  const db = await opsDatabase({ mayCreate: true })
  try {
    const manifest = await phase("unpack", async () => {
      execFileSync("tar", ["-xf", file, "-C", work])
      const read = JSON.parse(readFileSync(join(work, "manifest.json"), "utf8")) as { created_at: string; postgres: string; tables: Fingerprint }
      info(`backup of ${read.created_at} (PostgreSQL ${read.postgres}, ${Object.keys(read.tables).length} tables)`)
      return read
    })
    // a database named by DATABASE_URL that does not exist yet is created, empty
    const target = maintenanceUrl(db.url)
    await createDatabaseIfMissing(target.adminUrl, target.database)
    // the right pg_restore first: --force must not clear a database it cannot fill again
    const { major, version } = await serverMajor(db.url)
    const pgRestore = pgTool("pg_restore", major, version)
    await phase("target database", async () => {
      info(`restoring into ${db.where}`)
      const tables = await tableCount(db.url)
      if (tables === 0) return info("empty: nothing to overwrite")
      if (!force) {
        throw new Error(
          `The target database already holds ${tables} tables. Restore into a fresh database, or add --force to empty this one first (stop the services that use it).`
        )
      }
      // emptied in place: a managed database's owner may drop a schema but not create databases
      await withClient(db.url, (client) => client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
      info(`--force: emptied (${tables} tables dropped)`)
    })
    await phase("restore", async () => {
      execFileSync(pgRestore, ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${db.url}`, join(work, "database.dump")], {
        stdio: ["ignore", "inherit", "inherit"],
      })
    })
    await phase("uploaded files", async () => {
      mkdirSync(UPLOADS, { recursive: true })
      const files = readdirSync(join(work, "uploads"))
      if (files.length) cpSync(join(work, "uploads"), UPLOADS, { recursive: true, force: true })
      info(`${files.length} files into ${UPLOADS}`)
    })
    await phase("compare with the backup", async () => {
      const wrong = differences(manifest.tables, await fingerprint(db.url))
      if (wrong.length) throw new Error(`The restored data differs from the backup:\n  ${wrong.join("\n  ")}`)
      info(`${Object.keys(manifest.tables).length} tables: row counts and checksums match`)
    })
  } finally {
    rmSync(work, { recursive: true, force: true })
    await db.stop()
  }
}

if (require.main === module) {
  const args = process.argv.slice(2)
  const file = args.find((arg) => !arg.startsWith("--"))
  if (!file) {
    console.error("Usage: npm run restore -- FILE [--force]   (FILE from npm run backup, e.g. backups/oc-pizza-20261129-221500.backup.tar)")
    process.exit(2)
  }
  restore(resolve(file), args.includes("--force")).then(
    () => console.log(`\nRestored in ${elapsed()}. Start the services again (npm start, or systemctl start oc-pizza-*).`),
    (error: Error) => {
      console.error(`\nRestore failed: ${error.message}`)
      process.exit(1)
    }
  )
}
