import { execFile } from "node:child_process"
import { join } from "node:path"
import { promisify } from "node:util"
import pg from "pg"
import { MEDUSA_BIN } from "../../scripts/lib/medusa"

/**
 * A database migrated once per Jest run, which every test file's database is
 * copied from: Medusa's test runner would otherwise run every migration of
 * every module again in each file (about 4 s of the machine's two cores,
 * thirty-odd times). The runner still migrates and syncs links afterwards, and
 * finds nothing left to do: a template that fell behind the code is caught up.
 *
 * Opt-in (`OCP_TEST_TEMPLATE=1`, set by `npm test`): migrating takes about 18 s,
 * which a run of one file does not win back.
 */

const run = promisify(execFile)
const BACKEND = join(__dirname, "..")

/** The template's name, announced to the test files (Jest's workers inherit the global setup's environment). */
export const TEMPLATE_ENV = "OCP_TEST_TEMPLATE_DB"

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

/** Creates and migrates the template (named after this process: several runs may share a server). */
export async function createMigratedTemplate(): Promise<void> {
  if (process.env.OCP_TEST_TEMPLATE !== "1") return
  const name = `ocp_test_migrated_${process.pid}`
  await onServer(`DROP DATABASE IF EXISTS ${quoted(name)}`)
  await onServer(`CREATE DATABASE ${quoted(name)}`)
  await run(MEDUSA_BIN, ["db:migrate", "--skip-scripts", "--execute-safe-links"], {
    cwd: BACKEND,
    env: { ...process.env, DATABASE_URL: serverUrl(name), NODE_ENV: "test", LOG_LEVEL: "error" },
    maxBuffer: 64 * 1024 * 1024,
  }).catch(async (error: Error & { stderr?: string }) => {
    await onServer(`DROP DATABASE IF EXISTS ${quoted(name)}`)
    throw new Error(`Migrating the tests' template database failed: ${error.stderr || error.message}`)
  })
  process.env[TEMPLATE_ENV] = name
}

export async function dropMigratedTemplate(): Promise<void> {
  const name = process.env[TEMPLATE_ENV]
  if (name) await onServer(`DROP DATABASE IF EXISTS ${quoted(name)}`)
}

/** Creates a test file's database as a copy of the template, when there is one; the runner then finds it migrated. */
export async function copyMigratedTemplate(databaseUrl: string): Promise<void> {
  const template = process.env[TEMPLATE_ENV]
  if (!template) return
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1))
  await onServer(`CREATE DATABASE ${quoted(database)} TEMPLATE ${quoted(template)}`)
}
