import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { ensureDemoData, prepareWorkspace } from "./bootstrap"
import { createDatabaseIfMissing, embeddedUrl, startEmbedded } from "./database"
import { fingerprint } from "./fingerprint"
import { freePort } from "./free-port"
import { migrate, migrationsPrint } from "./medusa"
import { BACKEND } from "./paths"
import { phase } from "./output"
import { withClient } from "./pg-client"

/** The database of a demo stack, in its cluster. */
export const DEMO_STACK_DATABASE = "oc_pizza"

/** The backend address the prepared demo data's pictures are written with, until a stack gives them its own. */
const PREPARED_BACKEND_URL = "http://prepared-demo-cluster.invalid"

/**
 * The stopped PostgreSQL cluster named by OCP_DEMO_CLUSTER, when it is one:
 * the demo stacks of one CI run (browser tests, benchmarks, production check)
 * start from copies of it instead of each migrating and loading the demo data
 * (about 30 s alone, 90 s when two stacks start together).
 */
export function preparedDemoCluster(): string | undefined {
  const dir = process.env.OCP_DEMO_CLUSTER
  if (!dir || !existsSync(readyMark(dir)) || existsSync(join(dir, "postmaster.pid"))) return undefined
  // made by other code (a directory kept from another checkout or commit): not used
  return readFileSync(readyMark(dir), "utf8").trim() === clusterPrint() ? dir : undefined
}

/**
 * Written once the cluster is complete and stopped, holding what it was made
 * from (the migrations and the demo data's code): a preparation that failed
 * half-way leaves none.
 */
const readyMark = (dir: string) => `${dir}.ready`
const clusterPrint = () => `${migrationsPrint()}-${fingerprint([join(BACKEND, "demo-data"), join(BACKEND, "src", "demo"), join(BACKEND, "src", "scripts")])}`

/**
 * Makes `dir` a stopped cluster with the schema migrated and the demo data
 * loaded by this checkout's code (plugins built on the way). Its demo
 * accounts have this install's password (.data/secrets.json), as the stacks
 * copying it expect.
 */
export async function prepareDemoCluster(dir: string): Promise<void> {
  rmSync(readyMark(dir), { force: true })
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, ".."), { recursive: true })
  const port = await freePort()
  const cluster = await startEmbedded({ dataDir: dir, port, databaseName: "postgres", ephemeral: true, keepFiles: true })
  try {
    await createDatabaseIfMissing(embeddedUrl(port, "postgres"), DEMO_STACK_DATABASE)
    const url = embeddedUrl(port, DEMO_STACK_DATABASE)
    process.env.DATABASE_URL = url
    process.env.MEDUSA_BACKEND_URL = PREPARED_BACKEND_URL
    await prepareWorkspace()
    await phase("database schema", migrate)
    await ensureDemoData(url)
  } finally {
    await cluster.stop()
  }
  writeFileSync(readyMark(dir), `${clusterPrint()}\n`)
}

/** The demo pictures of a copy, served by its own backend (their addresses name the backend that uploaded them). */
export async function givePicturesTo(url: string, backendUrl: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query("UPDATE product SET thumbnail = replace(thumbnail, $1, $2) WHERE thumbnail LIKE $1 || '%'", [PREPARED_BACKEND_URL, backendUrl])
    await client.query("UPDATE image SET url = replace(url, $1, $2) WHERE url LIKE $1 || '%'", [PREPARED_BACKEND_URL, backendUrl])
  })
}
