import { execFile } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import pg from "pg"
import { MEDUSA_BIN } from "../../scripts/lib/medusa"

/**
 * Databases prepared once per Jest run, which each test file's database is
 * copied from: Medusa's test runner would otherwise run every migration of
 * every module again in each file, and nearly every file then loads the demo
 * data (together about 7 s of the machine's two cores, forty-odd times).
 * `loadDemoStore` then finds the demo data loaded (the seed is idempotent).
 * A copy is migrated and linked by this very run, with the same modules, so
 * the runner's own migration and link sync are skipped for it
 * (`helpers/test-runner.ts`): checking 194 migrations and every link to find
 * nothing to do took another 7 s a file.
 *
 * - the migrated schema, for files that start from an empty store (`emptyStore: true`);
 * - the same with the demo data, for the others.
 *
 * Opt-in (`OCP_TEST_TEMPLATE=1`, set by `npm test`): preparing them takes about
 * 30 s, which a run of one file does not win back.
 */

const run = promisify(execFile)
const BACKEND = join(__dirname, "..")

/** The templates' names, announced to the test files (Jest's workers inherit the global setup's environment). */
const EMPTY_ENV = "OCP_TEST_TEMPLATE_EMPTY"
const DEMO_ENV = "OCP_TEST_TEMPLATE_DEMO"

function serverUrl(database: string): string {
  const { DB_HOST = "localhost", DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
  const password = DB_PASSWORD ? `:${encodeURIComponent(DB_PASSWORD)}` : ""
  return `postgres://${encodeURIComponent(DB_USERNAME)}${password}@${DB_HOST}:${DB_PORT}/${database}`
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

async function medusa(database: string, args: string[], what: string): Promise<void> {
  await run(MEDUSA_BIN, args, {
    cwd: BACKEND,
    // the demo's pictures go to a throw-away folder, never to the demo's own
    env: { ...process.env, DATABASE_URL: serverUrl(database), NODE_ENV: "test", LOG_LEVEL: "error", OCP_UPLOAD_DIR: mkdtempSync(join(tmpdir(), "ocp-uploads-")) },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: Error & { stderr?: string }) => {
    throw new Error(`${what} for the tests' template databases failed: ${error.stderr || error.message}`)
  })
}

/** Creates both templates (named after this process: several runs may share a server). */
export async function createTemplates(): Promise<void> {
  if (process.env.OCP_TEST_TEMPLATE !== "1") return
  // the demo accounts' password of the whole run: the demo template's accounts have it
  process.env.OCP_DEMO_PASSWORD ??= randomBytes(12).toString("base64url")
  const empty = `ocp_test_empty_${process.pid}`
  const demo = `ocp_test_demo_${process.pid}`
  try {
    for (const name of [empty, demo]) await onServer(`DROP DATABASE IF EXISTS ${quoted(name)}`)
    await onServer(`CREATE DATABASE ${quoted(empty)}`)
    await medusa(empty, ["db:migrate", "--skip-scripts", "--execute-safe-links"], "Migrating")
    await onServer(`CREATE DATABASE ${quoted(demo)} TEMPLATE ${quoted(empty)}`)
    await medusa(demo, ["exec", "./src/scripts/seed-demo.ts"], "Loading the demo data")
  } catch (error) {
    for (const name of [empty, demo]) await onServer(`DROP DATABASE IF EXISTS ${quoted(name)}`)
    throw error
  }
  Object.assign(process.env, { [EMPTY_ENV]: empty, [DEMO_ENV]: demo })
}

export async function dropTemplates(): Promise<void> {
  for (const name of [process.env[EMPTY_ENV], process.env[DEMO_ENV]]) {
    if (name) await onServer(`DROP DATABASE IF EXISTS ${quoted(name)}`)
  }
}

/** Creates a test file's database as a copy of a template, when there is one: true when it did (the database is then migrated and linked). */
export async function copyTemplate(databaseUrl: string, options: { emptyStore: boolean }): Promise<boolean> {
  const template = process.env[options.emptyStore ? EMPTY_ENV : DEMO_ENV]
  if (!template) return false
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1))
  await onServer(`CREATE DATABASE ${quoted(database)} TEMPLATE ${quoted(template)}`)
  return true
}
