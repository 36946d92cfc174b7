import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { openDatabase, type Database } from "./database"
import { demoPeople, isSeeded, missingDemoAccounts } from "./demo-state"
import { DB_NAME, embeddedPort } from "./env"
import { demoPasswordOf } from "./install-secrets"
import { buildPlugins, linkUploads, medusaExec, migrate, migrationsPrint } from "./medusa"
import { info, phase } from "./output"
import { BACKEND, DATA, PG_DATA, STATE_FILE } from "./paths"

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

type State = { migrations?: Record<string, string>; demoPasswords?: Record<string, string> }

function readState(): State {
  return existsSync(STATE_FILE) ? (JSON.parse(readFileSync(STATE_FILE, "utf8")) as State) : {}
}

/** Written whole or not at all: CI's benchmarks start their stack while the browser tests start theirs. */
function writeState(state: State): void {
  const next = `${STATE_FILE}.${process.pid}`
  writeFileSync(next, JSON.stringify(state, null, 2))
  renameSync(next, STATE_FILE)
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
    writeState({ ...state, migrations: { ...state.migrations, [key]: print } })
    info("migrated")
  })
}

export function forgetMigrations(url: string): void {
  const state = readState()
  if (state.migrations) delete state.migrations[databaseKey(url)]
  writeState(state)
}

export async function ensureDemoData(url: string): Promise<void> {
  await phase("demo data", async () => {
    // the demo accounts' password, never one from the repository; `medusa exec` below inherits it
    process.env.OCP_DEMO_PASSWORD = demoPasswordOf()
    const passwordPrint = createHash("sha256").update(process.env.OCP_DEMO_PASSWORD).digest("hex")
    const key = databaseKey(url)
    const rememberPassword = () => {
      mkdirSync(DATA, { recursive: true })
      const state = readState()
      writeState({ ...state, demoPasswords: { ...state.demoPasswords, [key]: passwordPrint } })
    }
    if (await isSeeded(url)) {
      info("already loaded")
    } else {
      // the seed creates the demo accounts with this password
      await medusaExec("seed-demo.ts", [], "seed")
      rememberPassword()
      info("loaded: 5 pizzerias, their stock and the menu")
    }
    const missing = await missingDemoAccounts(url)
    if (missing.length || readState().demoPasswords?.[key] !== passwordPrint) {
      // creates what is missing, and gives every demo account this install's password
      await medusaExec("ensure-demo-accounts.ts", [], "accounts")
      rememberPassword()
      info(missing.length ? `demo accounts created: ${missing.join(", ")}` : "demo accounts given this install's password")
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

/** What `npm start` prints once ready; `mailUrl` is the mail catcher's page, unless SMTP was configured. */
export function demoLoginsText(backendUrl: string, storefrontUrl: string, mailUrl?: string): string {
  const people = demoPeople()
  return [
    `  Storefront   ${storefrontUrl}`,
    `  Admin        ${backendUrl}/app`,
    `  E-mails      ${mailUrl ?? (process.env.OCP_MAIL_DISABLED === "true" ? "switched off (OCP_MAIL_DISABLED=true)" : "sent through the configured SMTP server")}`,
    ...(mailUrl ? ["               every message the demo sends (orders, password resets, invitations); none leaves this machine"] : []),
    `  API health   ${backendUrl}/health`,
    "",
    `  Demo logins, all with this install's password ${demoPasswordOf()} (kept in .data/secrets.json):`,
    "  in the admin:",
    ...people.staff.map((member) => `    ${member.role.padEnd(10)} ${member.email}`),
    "  in the shop:",
    ...people.customers.map((customer) => `    ${"customer".padEnd(10)} ${customer.email}`),
  ].join("\n")
}
