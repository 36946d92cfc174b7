import { createHash } from "node:crypto"
import { execFileSync } from "node:child_process"
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join, resolve } from "node:path"
import { loadRootEnv } from "./lib/env"
import { opsDatabase } from "./lib/ops-database"
import { elapsed, info, phase } from "./lib/output"
import { ROOT, UPLOADS } from "./lib/paths"
import { pgTool, serverMajor } from "./lib/pg-tools"
import pg from "pg"
import { fingerprintWith } from "./lib/table-fingerprint"

/**
 * `npm run backup [-- --out DIR]`: one file holding the database (pg_dump's
 * custom format), the uploaded files and a manifest with every table's row
 * count and checksum, plus FILE.sha256 beside it. Works on DATABASE_URL or on
 * the embedded database, running or not. `npm run restore -- FILE` puts it back.
 */

loadRootEnv()

export async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256")
  for await (const chunk of createReadStream(file)) hash.update(chunk)
  return hash.digest("hex")
}

export async function backup(outDir: string): Promise<string> {
  const db = await phase("database", async () => {
    const opened = await opsDatabase()
    info(`backing up ${opened.where}`)
    return opened
  })
  const work = mkdtempSync(join(tmpdir(), "oc-pizza-backup-"))
  try {
    const { major, version } = await serverMajor(db.url)
    const pgDump = pgTool("pg_dump", major, version)
    // the dump and the checksums read one snapshot: writes during the backup (the services may run) are in neither
    const snapshot = new pg.Client({ connectionString: db.url })
    await snapshot.connect()
    let tables: Awaited<ReturnType<typeof fingerprintWith>>
    try {
      await snapshot.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
      const { rows } = await snapshot.query("SELECT pg_export_snapshot() AS id")
      await phase("dump", async () => {
        execFileSync(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${rows[0].id}`, `--file=${join(work, "database.dump")}`, db.url], {
          stdio: ["ignore", "inherit", "inherit"],
        })
        info(`PostgreSQL ${version}, ${(statSync(join(work, "database.dump")).size / 1e6).toFixed(1)} MB`)
      })
      tables = await phase("checksums", async () => {
        const result = await fingerprintWith(snapshot)
        info(`${Object.keys(result).length} tables, ${Object.values(result).reduce((sum, table) => sum + table.rows, 0)} rows`)
        return result
      })
    } finally {
      // closing the connection ends its read-only transaction: nothing to roll back by hand
      await snapshot.end()
    }
    await phase("uploaded files", async () => {
      mkdirSync(join(work, "uploads"))
      if (existsSync(UPLOADS)) cpSync(UPLOADS, join(work, "uploads"), { recursive: true, dereference: true })
      info(`${readdirSync(join(work, "uploads")).length} files`)
    })
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-")
    const file = resolve(outDir, `oc-pizza-${stamp}.backup.tar`)
    await phase("archive", async () => {
      writeFileSync(join(work, "manifest.json"), JSON.stringify({ created_at: new Date().toISOString(), postgres: version, tables }, null, 2))
      mkdirSync(outDir, { recursive: true })
      execFileSync("tar", ["-cf", file, "-C", work, "manifest.json", "database.dump", "uploads"])
      writeFileSync(`${file}.sha256`, `${await sha256(file)}  ${basename(file)}\n`)
      info(`${file} (${(statSync(file).size / 1e6).toFixed(1)} MB) and its .sha256`)
    })
    return file
  } finally {
    rmSync(work, { recursive: true, force: true })
    await db.stop()
  }
}

if (require.main === module) {
  const at = process.argv.indexOf("--out")
  const outDir = at > 0 ? resolve(process.argv[at + 1]) : resolve(ROOT, "backups")
  backup(outDir).then(
    (file) => console.log(`\nBackup written in ${elapsed()}: ${file}\nRestore it with: npm run restore -- ${file}`),
    (error: Error) => {
      console.error(`\nBackup failed: ${error.message}`)
      process.exit(1)
    }
  )
}
