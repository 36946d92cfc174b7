import { execFile } from "node:child_process"
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { promisify } from "node:util"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { differences, fingerprint } from "../../../scripts/lib/table-fingerprint"
import { loadDemoStore } from "../helpers/demo-store"

jest.setTimeout(600_000)

const ROOT = resolve(__dirname, "..", "..", "..")
const MIGRATIONS = resolve(__dirname, "..", "..", "src", "modules", "staff", "migrations")
const BROKEN = join(MIGRATIONS, "Migration29991231235959.ts")
const run = promisify(execFile)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("npm run update backs up first, and a migration that fails leaves the data as it was", async () => {
      await loadDemoStore(api, getContainer())
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const database = (await knex.raw("select current_database() as name")).rows[0].name as string
      const url = `postgres://${process.env.DB_USERNAME || "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}/${database}`
      const before = await fingerprint(url)
      mkdirSync(join(ROOT, "backups"), { recursive: true })
      const backupsBefore = new Set(readdirSync(join(ROOT, "backups")))

      // a new version whose migration writes, then breaks half-way
      writeFileSync(
        BROKEN,
        `import { Migration } from "@medusajs/framework/mikro-orm/migrations"
export class Migration29991231235959 extends Migration {
  override async up(): Promise<void> {
    this.addSql(\`update "staff_member" set "role" = 'driver';\`)
    this.addSql(\`alter table "table_that_does_not_exist" add column "x" text;\`)
  }
  override async down(): Promise<void> {}
}
`
      )
      try {
        const update = await run("node", ["--import", "tsx", "scripts/update.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } }).catch((error) => error)
        expect(update.code).toBe(1)
        expect(update.stdout).toMatch(/▶ backup|Backup|▶ dump/)
        expect(update.stderr).toMatch(/A migration failed/)
        expect(update.stderr).toMatch(/the database is as it was/)
      } finally {
        rmSync(BROKEN, { force: true })
      }
      expect(differences(before, await fingerprint(url))).toEqual([])
      const written = readdirSync(join(ROOT, "backups")).filter((name) => !backupsBefore.has(name) && name.endsWith(".backup.tar"))
      expect(written).toHaveLength(1)
      for (const name of written) {
        rmSync(join(ROOT, "backups", name))
        rmSync(join(ROOT, "backups", `${name}.sha256`))
      }
    })
  },
})
