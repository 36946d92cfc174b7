import { readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createConnection, type RowDataPacket } from "mysql2/promise"
import pg from "pg"
import { createDatabaseIfMissing, dropDatabase, maintenanceUrl } from "../scripts/lib/database"
import { medusaExec, migrate } from "../scripts/lib/medusa"
import { withClient } from "../scripts/lib/pg-client"
import { generateLegacyDatabase } from "../scripts/legacy/generate"
import { defineBench } from "./lib/bench-stack"

/**
 * `node --import tsx bench/import.ts [clients orders [pizzerias]]`: a legacy
 * database generated (20,000 clients and 100,000 orders by default) into
 * the MariaDB of this machine kind, imported into an empty, migrated store
 * of its own on the stack's PostgreSQL by `npm run import:legacy`'s script,
 * and each entity's rate (rows created per second) set against the physical
 * floor measured in the same run: the same source rows copied into
 * PostgreSQL by plain batched INSERTs (1,000 rows each), no application at
 * all. Goal (printed, never asserted): the whole import under 15 minutes,
 * orders at 200 or more per second.
 */

const LEGACY_URL = "mysql://root@127.0.0.1:3306/ocp_legacy_bench"
const STORE_DATABASE = "ocp_import_bench"

/** The old tables behind each imported entity: what the floor copies for it. */
const SOURCE_TABLES: Record<string, string[]> = {
  pizzerias: ["pizzeria"],
  ingredients: ["ingredient"],
  pizzas: ["pizza", "composition", "recette"],
  stock: ["stock"],
  customers: ["client", "adresse_livraison"],
  staff: ["employe", "type_employe"],
  orders: ["commande", "panier", "livraison", "facture"],
}

type Report = { counts: Record<string, { read: number; created: number; set_aside: number }>; seconds: Record<string, number> }

/** Seconds to copy the source tables of each entity into PostgreSQL with plain multi-row INSERTs: the floor no import can beat. */
async function insertFloor(storeUrl: string): Promise<Record<string, number>> {
  const legacy = await createConnection(LEGACY_URL)
  const seconds: Record<string, number> = {}
  try {
    await withClient(storeUrl, async (client: pg.Client) => {
      for (const [entity, tables] of Object.entries(SOURCE_TABLES)) {
        let spent = 0
        for (const table of tables) {
          const [rows] = await legacy.query<RowDataPacket[]>(`SELECT * FROM ${table}`)
          const columns = rows.length ? Object.keys(rows[0]) : []
          await client.query(`DROP TABLE IF EXISTS floor_${table}`)
          await client.query(`CREATE TABLE floor_${table} (${columns.map((column) => `"${column}" text`).join(", ")})`)
          const started = performance.now()
          for (let start = 0; start < rows.length; start += 1000) {
            const batch = rows.slice(start, start + 1000)
            const values: unknown[] = []
            const tuples = batch.map((row) => `(${columns.map((column) => `$${values.push(row[column] === null ? null : String(row[column]))}`).join(", ")})`)
            await client.query(`INSERT INTO floor_${table} VALUES ${tuples.join(", ")}`, values)
          }
          spent += (performance.now() - started) / 1000
          await client.query(`DROP TABLE floor_${table}`)
        }
        seconds[entity] = spent
      }
    })
  } finally {
    await legacy.end()
  }
  return seconds
}

export default defineBench(module, {
  smoke: ["200", "1000", "2"],
  run: async (stack, args) => {
    const [clients = 20_000, orders = 100_000, pizzerias = 5] = args.map(Number)
    const generated = performance.now()
    const manifest = await generateLegacyDatabase({ url: LEGACY_URL, seed: 1, pizzerias, clients, orders })
    console.log(
      `\nlegacy database: ${pizzerias} pizzerias, ${clients} clients, ${orders} orders (${manifest.cases.length} dirty rows), generated in ${((performance.now() - generated) / 1000).toFixed(1)} s`
    )

    // an empty store of its own on the stack's server: the import is for a chain starting out, not for the demo
    const { adminUrl } = maintenanceUrl(stack.database.url)
    const storeUrl = Object.assign(new URL(stack.database.url), { pathname: `/${STORE_DATABASE}` }).toString()
    await dropDatabase(adminUrl, STORE_DATABASE)
    await createDatabaseIfMissing(adminUrl, STORE_DATABASE)
    const previousUrl = process.env.DATABASE_URL
    process.env.DATABASE_URL = storeUrl
    try {
      await migrate()
      const positions = Object.fromEntries(Array.from({ length: pizzerias }, (_, index) => [String(index + 1), { lat: 49.89 + index / 100, lng: 2.29 + index / 100 }]))
      const files = tmpdir()
      const reportFile = join(files, `ocp-import-bench-${process.pid}.json`)
      // the role mapping an operator starts from (OPERATIONS.md §9)
      const rolesFile = join(__dirname, "..", "docs", "import", "roles.example.json")
      const positionsFile = join(files, `ocp-import-bench-positions-${process.pid}.json`)
      writeFileSync(positionsFile, JSON.stringify(positions))
      const started = performance.now()
      await medusaExec("import-legacy.ts", [], "import", {
        env: { DATABASE_URL: storeUrl, OCP_IMPORT_ARGS: JSON.stringify(["--from", LEGACY_URL, "--roles", rolesFile, "--positions", positionsFile, "--report", reportFile]) },
      })
      const whole = (performance.now() - started) / 1000
      const report = JSON.parse(readFileSync(reportFile, "utf8")) as Report
      const floor = await insertFloor(storeUrl)

      console.log(`\nimported in ${whole.toFixed(1)} s (the command, Medusa's start included)\n`)
      console.log("entity      |    read | created | set aside | import (s) | rows/s | floor rows/s (plain INSERTs) | import / floor")
      for (const entity of Object.keys(SOURCE_TABLES)) {
        const tally = report.counts[entity]
        const seconds = report.seconds[entity] ?? 0
        const rate = seconds > 0 ? tally.created / seconds : 0
        const floorRate = floor[entity] > 0 ? tally.read / floor[entity] : 0
        console.log(
          `${entity.padEnd(11)} | ${String(tally.read).padStart(7)} | ${String(tally.created).padStart(7)} | ${String(tally.set_aside).padStart(9)} | ${seconds.toFixed(1).padStart(10)} | ${rate.toFixed(0).padStart(6)} | ${floorRate.toFixed(0).padStart(28)} | ${floorRate ? (rate / floorRate).toFixed(3) : "-"}`
        )
      }
      const orderRate = report.seconds.orders ? report.counts.orders.created / report.seconds.orders : 0
      console.log(`\ngoals (printed, never asserted):`)
      console.log(`  whole import under 15 min: ${whole.toFixed(0)} s ${whole < 900 ? "met" : "MISSED"}${clients < 20_000 ? " (at this size)" : ""}`)
      console.log(`  orders at ≥ 200 per second: ${orderRate.toFixed(0)}/s ${orderRate >= 200 ? "met" : "MISSED"}`)
    } finally {
      process.env.DATABASE_URL = previousUrl
      await dropDatabase(adminUrl, STORE_DATABASE)
    }
  },
})
