import { execFile } from "node:child_process"
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { promisify } from "node:util"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Client } from "pg"
import { differences, fingerprint } from "../../../scripts/lib/table-fingerprint"
import { pgTool } from "../../../scripts/lib/pg-tools"
import { loadDemoStore, preparePickupCart } from "../helpers/demo-store"

jest.setTimeout(300_000)

const ROOT = resolve(__dirname, "..", "..", "..")
const run = promisify(execFile)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("refuses to back up or update without DATABASE_URL in production, rather than an empty embedded database", async () => {
      const { DATABASE_URL: _unset, ...withoutDatabase } = process.env
      for (const script of ["scripts/backup.ts", "scripts/update.ts"]) {
        const refused = await run("node", ["--import", "tsx", script], { cwd: ROOT, env: { ...withoutDatabase, NODE_ENV: "production" } }).catch((error) => error)
        expect(refused.code).toBe(1)
        expect(refused.stderr).toMatch(/DATABASE_URL is not set in production mode.*set -a; \. \/etc\/oc-pizza\/oc-pizza\.env/s)
      }
    })

    it("says which pg_dump is needed and how to install it when none fits the server", () => {
      expect(pgTool("pg_dump", 15, "15.18")).toMatch(/pg_dump$/)
      expect(() => pgTool("pg_dump", 99, "99.1")).toThrow(
        /pg_dump 99 or newer is needed: the server runs PostgreSQL 99\.1 and .*is version 15.*\n.*apt-get install postgresql-client-99/s
      )
    })

    it("backup then restore gives the same data, and a restore never overwrites a database without --force", async () => {
      // a store with an order in it
      const store = await loadDemoStore(api, getContainer())
      const cartId = await preparePickupCart(api, store, store.pizzeria("Amiens Centre"), [{ variant_id: store.variant("margherita/M"), quantity: 2 }])
      await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)

      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const source = (await knex.raw("select current_database() as name")).rows[0].name as string
      const server = `postgres://${process.env.DB_USERNAME || "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}`
      const target = `${source}_restored`
      const uploads = mkdtempSync(join(tmpdir(), "ocp-uploads-"))
      const out = mkdtempSync(join(tmpdir(), "ocp-backups-"))
      writeFileSync(join(uploads, "margherita.png"), "picture bytes")
      const env = { ...process.env, OCP_UPLOAD_DIR: uploads }
      const admin = new Client({ connectionString: `${server}/postgres` })
      await admin.connect()
      try {
        const backup = await run("node", ["--import", "tsx", "scripts/backup.ts", "--out", out], { cwd: ROOT, env: { ...env, DATABASE_URL: `${server}/${source}` } })
        expect(backup.stdout).toMatch(/Backup written/)
        const file = join(
          out,
          readdirSync(out).find((name) => name.endsWith(".backup.tar"))!
        )
        expect(readdirSync(out)).toContain(`${file.split("/").pop()}.sha256`)

        // into a fresh database, uploads included
        rmSync(join(uploads, "margherita.png"))
        await admin.query(`DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`)
        const restored = await run("node", ["--import", "tsx", "scripts/restore.ts", file], { cwd: ROOT, env: { ...env, DATABASE_URL: `${server}/${target}` } })
        expect(restored.stdout).toMatch(/row counts and checksums match/)
        expect(readdirSync(uploads)).toContain("margherita.png")

        const before = await fingerprint(`${server}/${source}`)
        const after = await fingerprint(`${server}/${target}`)
        expect(differences(before, after)).toEqual([])
        expect(before.order.rows).toBeGreaterThan(0)
        expect(before.kitchen_ticket.rows).toBeGreaterThan(0)
        expect(before.staff_member.rows).toBeGreaterThan(0)

        // a second restore into the same, now full, database is refused...
        const again = await run("node", ["--import", "tsx", "scripts/restore.ts", file], { cwd: ROOT, env: { ...env, DATABASE_URL: `${server}/${target}` } }).catch(
          (error) => error
        )
        expect(again.code).toBe(1)
        expect(again.stderr).toMatch(/already holds \d+ tables.*--force/s)
        // ...unless forced; a damaged file never is
        await run("node", ["--import", "tsx", "scripts/restore.ts", file, "--force"], { cwd: ROOT, env: { ...env, DATABASE_URL: `${server}/${target}` } })
        writeFileSync(`${file}.sha256`, `${"0".repeat(64)}  ${file.split("/").pop()}\n`)
        const damaged = await run("node", ["--import", "tsx", "scripts/restore.ts", file, "--force"], { cwd: ROOT, env: { ...env, DATABASE_URL: `${server}/${target}` } }).catch(
          (error) => error
        )
        expect(damaged.stderr).toMatch(/does not match its checksum/)
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`)
        await admin.end()
        rmSync(uploads, { recursive: true, force: true })
        rmSync(out, { recursive: true, force: true })
      }
    })
  },
})
