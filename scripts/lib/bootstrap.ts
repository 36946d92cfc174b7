import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { openDatabase, type Database } from "./database"
import { demoPeople, isSeeded, missingDemoAccounts } from "./demo-state"
import { DB_NAME, embeddedPort } from "./env"
import { buildPlugins, linkUploads, MEDUSA_BIN, migrate, migrationsPrint } from "./medusa"
import { info, phase } from "./output"
import { BACKEND, DATA, PG_DATA, STATE_FILE } from "./paths"
import { run } from "./processes"

/**
 * The steps every entry point shares: a database (embedded unless
 * DATABASE_URL is set), built plugins, a migrated schema, the demo data.
 */

export async function startDatabase(): Promise<Database> {
  return phase("database", async () => {
    mkdirSync(DATA, { recursive: true })
    const db = await openDatabase({ dataDir: PG_DATA, port: embeddedPort(), databaseName: DB_NAME })
    process.env.DATABASE_URL = db.url
    info(db.embedded ? `embedded PostgreSQL on 127.0.0.1:${embeddedPort()}, files in .data/postgres` : "using DATABASE_URL")
    return db
  })
}

type State = { migrations?: Record<string, string> }

function readState(): State {
  return existsSync(STATE_FILE) ? (JSON.parse(readFileSync(STATE_FILE, "utf8")) as State) : {}
}

function databaseKey(url: string): string {
  const parsed = new URL(url)
  return `${parsed.hostname}:${parsed.port}${parsed.pathname}`
}

/** Migrates unless this database was migrated with the same modules and migrations. */
export async function migrateIfNeeded(url: string, options: { force?: boolean } = {}): Promise<void> {
  await phase("database schema", async () => {
    const print = migrationsPrint()
    const state = readState()
    const key = databaseKey(url)
    if (!options.force && state.migrations?.[key] === print) {
      info("up to date")
      return
    }
    await migrate()
    writeFileSync(STATE_FILE, JSON.stringify({ ...state, migrations: { ...state.migrations, [key]: print } }, null, 2))
    info("migrated")
  })
}

export function forgetMigrations(url: string): void {
  const state = readState()
  if (state.migrations) delete state.migrations[databaseKey(url)]
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2))
}

export async function ensureDemoData(url: string): Promise<void> {
  await phase("demo data", async () => {
    if (await isSeeded(url)) {
      info("already loaded")
    } else {
      await run(MEDUSA_BIN, ["exec", "./src/scripts/seed-demo.ts"], { cwd: BACKEND, label: "seed", quiet: true })
      info("loaded: 5 pizzerias, their stock and the menu")
    }
    const missing = await missingDemoAccounts(url)
    if (missing.length) {
      await run(MEDUSA_BIN, ["exec", "./src/scripts/ensure-demo-accounts.ts"], { cwd: BACKEND, label: "accounts", quiet: true })
      info(`demo accounts created: ${missing.join(", ")}`)
    } else {
      info("demo accounts present")
    }
  })
}

/** Built plugins, and the uploads folder linked where Medusa serves /static from. */
export async function prepareWorkspace(options: { force?: boolean } = {}): Promise<void> {
  await phase("plugins", async () => {
    await buildPlugins(options)
    linkUploads(BACKEND)
  })
}

export function demoLoginsText(backendUrl: string, storefrontUrl: string): string {
  const people = demoPeople()
  return [
    `  Storefront   ${storefrontUrl}`,
    `  Admin        ${backendUrl}/app`,
    `  API health   ${backendUrl}/health`,
    "",
    "  Demo logins (admin):",
    ...people.staff.map((member) => `    ${member.role.padEnd(10)} ${member.email.padEnd(28)} ${member.password}`),
    "  Demo customer (storefront):",
    ...people.customers.map((customer) => `    ${customer.email.padEnd(39)} ${customer.password}`),
  ].join("\n")
}
