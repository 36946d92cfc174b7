import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { parseArgs } from "node:util"
import { createConnection } from "mysql2/promise"
import type { Connection, ConnectionOptions } from "mysql2/promise"
import { elapsed } from "../lib/output"
import { LEGACY_COLLATION, LEGACY_TABLES, createTableStatement } from "./legacy-ddl"
import type { LegacyTable } from "./legacy-ddl"
import { buildLegacyRows } from "./legacy-rows"
import type { LegacyCase, LegacyRow, SqlValue } from "./legacy-rows"

/**
 * `npm run legacy:generate -- --url mysql://root@127.0.0.1:3306/ocp_legacy [--seed 1]
 * [--pizzerias 5] [--clients 200] [--orders 1000] [--manifest FILE.json]`: fills a
 * MySQL or MariaDB database with the previous OC Pizza system's 16 tables,
 * realistic and dirty in every way a real copy is, the same for the same seed
 * and sizes. The database named in the URL is dropped and recreated.
 */

export type { LegacyCase, LegacyCaseLabel } from "./legacy-rows"

export type GenerateOptions = {
  /** mysql://user:password@host:port/database; that database is dropped and recreated. */
  url: string
  /** Default 1. */
  seed?: number
  /** Default 5. */
  pizzerias?: number
  /** Customers, besides the chain's own client row. Default 200. */
  clients?: number
  /** Default 1000. */
  orders?: number
  log?: (line: string) => void
}

export type LegacyManifest = {
  seed: number
  /** Rows written per table. */
  rows: Record<string, number>
  cases: LegacyCase[]
}

/** Rows per INSERT statement. */
const BATCH_SIZE = 1000

function connectionOptions(url: string): { options: ConnectionOptions; database: string } {
  const parsed = new URL(url)
  if (parsed.protocol !== "mysql:") throw new Error(`Expected a mysql:// URL, got ${parsed.protocol}//…`)
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""))
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`The URL must name a database made of letters, digits and underscores, got "${database}"`)
  return {
    database,
    options: {
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : 3306,
      user: decodeURIComponent(parsed.username),
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      charset: LEGACY_COLLATION.toUpperCase(),
    },
  }
}

function wholeNumber(name: string, value: number, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) throw new Error(`${name} must be a whole number of at least ${minimum}, got ${value}`)
  return value
}

async function insertRows(connection: Connection, table: LegacyTable, rows: LegacyRow[]): Promise<void> {
  const columns = table.columns.map(([name]) => name)
  const sql = `INSERT INTO \`${table.name}\` (${columns.map((name) => `\`${name}\``).join(", ")}) VALUES ?`
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const values = rows.slice(start, start + BATCH_SIZE).map((row) =>
      columns.map((name): SqlValue => {
        const value = row[name]
        if (value === undefined) throw new Error(`A ${table.name} row has no ${name}`)
        return value
      })
    )
    await connection.query(sql, [values])
  }
}

export async function generateLegacyDatabase(options: GenerateOptions): Promise<LegacyManifest> {
  const sizes = {
    seed: wholeNumber("seed", options.seed ?? 1, 0),
    pizzerias: wholeNumber("pizzerias", options.pizzerias ?? 5, 1),
    clients: wholeNumber("clients", options.clients ?? 200, 0),
    orders: wholeNumber("orders", options.orders ?? 1000, 0),
  }
  const log = options.log ?? (() => {})
  const { rows, cases } = buildLegacyRows(sizes)
  const { options: connectionConfig, database } = connectionOptions(options.url)
  const connection = await createConnection(connectionConfig)
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``)
    await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE ${LEGACY_COLLATION}`)
    await connection.query(`USE \`${database}\``)
    for (const table of LEGACY_TABLES) await connection.query(createTableStatement(table))
    // the rows are consistent by construction; checking every key while loading would only slow it down
    await connection.query("SET FOREIGN_KEY_CHECKS = 0")
    for (const table of LEGACY_TABLES) {
      await insertRows(connection, table, rows[table.name])
      log(`${table.name}: ${rows[table.name].length} rows`)
    }
    await connection.query("SET FOREIGN_KEY_CHECKS = 1")
  } finally {
    await connection.end()
  }
  return {
    seed: sizes.seed,
    rows: Object.fromEntries(LEGACY_TABLES.map((table) => [table.name, rows[table.name].length])),
    cases,
  }
}

function integerArgument(values: Record<string, string | boolean | undefined>, name: string): number | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  if (typeof value !== "string" || !/^\d+$/.test(value)) throw new Error(`--${name} takes a whole number, got ${String(value)}`)
  return Number(value)
}

async function main(): Promise<void> {
  const started = Date.now()
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      seed: { type: "string" },
      pizzerias: { type: "string" },
      clients: { type: "string" },
      orders: { type: "string" },
      manifest: { type: "string" },
    },
  })
  if (!values.url) throw new Error("Name the database to (re)create: --url mysql://root@127.0.0.1:3306/ocp_legacy")
  const manifest = await generateLegacyDatabase({
    url: values.url,
    seed: integerArgument(values, "seed"),
    pizzerias: integerArgument(values, "pizzerias"),
    clients: integerArgument(values, "clients"),
    orders: integerArgument(values, "orders"),
  })
  const width = Math.max(...Object.keys(manifest.rows).map((name) => name.length))
  for (const [table, count] of Object.entries(manifest.rows)) console.log(`  ${table.padEnd(width)}  ${count}`)
  console.log(`  ${manifest.cases.length} dirty cases`)
  if (values.manifest) {
    const file = resolve(values.manifest)
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
    console.log(`  manifest: ${file}`)
  }
  console.log(`\nGenerated in ${elapsed(started)}.`)
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
