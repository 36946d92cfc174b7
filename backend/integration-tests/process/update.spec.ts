import { execFile } from "node:child_process"
import { readFileSync, readdirSync, writeFileSync } from "node:fs"
import { promisify } from "node:util"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Client } from "pg"
import { differences, fingerprint } from "../../../scripts/lib/table-fingerprint"
import { copyApp, type AppCopy } from "../helpers/app-copy"
import { loadDemoStore } from "../helpers/demo-store"

jest.setTimeout(600_000)

const run = promisify(execFile)

/**
 * A new version's migration that breaks half-way, after work that PostgreSQL
 * cannot roll back: it commits a change through a connection of its own (as a
 * batched backfill or `CREATE INDEX CONCURRENTLY` does outside the migration's
 * transaction), notes how many rows it changed, then fails. Only restoring the
 * backup puts those rows back.
 */
const BROKEN_MIGRATION = `import { writeFileSync } from "node:fs"
import { Client } from "pg"
import { Migration } from "@medusajs/framework/mikro-orm/migrations"
export class Migration29991231235959 extends Migration {
  override async up(): Promise<void> {
    const outside = new Client({ connectionString: process.env.DATABASE_URL })
    await outside.connect()
    try {
      const { rowCount } = await outside.query(\`update "staff_member" set "role" = 'driver' where "role" <> 'driver'\`)
      writeFileSync(process.env.OCP_TEST_MIGRATION_MARK!, JSON.stringify({ committed: rowCount }))
    } finally {
      await outside.end()
    }
    this.addSql(\`alter table "table_that_does_not_exist" add column "x" text;\`)
  }
  override async down(): Promise<void> {}
}
`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let app: AppCopy
    afterAll(() => app?.remove())

    it("npm run update backs up first, and a migration that fails is undone by restoring that backup", async () => {
      await loadDemoStore(api, getContainer())
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const database = (await knex.raw("select current_database() as name")).rows[0].name as string
      const url = `postgres://${process.env.DB_USERNAME || "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}/${database}`
      const before = await fingerprint(url)

      // the new version: a copy of the application with the broken migration; the source tree is not touched
      app = copyApp()
      writeFileSync(app.path("backend", "src", "modules", "staff", "migrations", "Migration29991231235959.ts"), BROKEN_MIGRATION)
      const mark = app.path("migration-mark.json")

      const update = await run("node", ["--import", "tsx", "scripts/update.ts"], {
        cwd: app.root,
        env: { ...process.env, DATABASE_URL: url, OCP_TEST_MIGRATION_MARK: mark },
      }).catch((error) => error)
      expect(update.code).toBe(1)
      expect(update.stdout).toMatch(/▶ backup|Backup|▶ dump/)
      expect(update.stderr).toMatch(/A migration failed/)
      expect(update.stderr).toMatch(/the database is as it was/)

      // the migration did commit its change (every staff member made a driver) before failing...
      expect(JSON.parse(readFileSync(mark, "utf8")).committed).toBeGreaterThan(0)
      // ...and every table is as it was: only the restore of the backup undoes that change
      expect(differences(before, await fingerprint(url))).toEqual([])
      const client = new Client({ connectionString: url })
      await client.connect()
      try {
        const { rows } = await client.query(`select count(*)::int as others from "staff_member" where "role" <> 'driver'`)
        expect(rows[0].others).toBeGreaterThan(0)
      } finally {
        await client.end()
      }
      expect(readdirSync(app.path("backups")).filter((name) => name.endsWith(".backup.tar"))).toHaveLength(1)
    })
  },
})
