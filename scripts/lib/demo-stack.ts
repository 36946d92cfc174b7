import { ensureDemoData, prepareWorkspace } from "./bootstrap"
import { createDatabaseIfMissing, embeddedUrl, startTestDatabase, type Database } from "./database"
import { freePort } from "./free-port"
import { storefrontKey } from "./demo-state"
import { buildBackend, buildStorefront, migrate } from "./medusa"
import { phase } from "./output"
import { startStack, type Stack } from "./stack"

export type DemoStack = Stack & { database: Database; publishableKey: string; shutdown: () => Promise<void> }

/**
 * A throw-away copy of the whole system for tests and checks: a fresh
 * embedded PostgreSQL with the demo data, the production builds started on
 * free ports. `backendEnv` decides the mode (development or production).
 */
export async function startDemoStack(backendEnv: NodeJS.ProcessEnv): Promise<DemoStack> {
  const database = await phase("throw-away database", startTestDatabase)
  try {
    const port = Number(process.env.DB_PORT)
    await createDatabaseIfMissing(embeddedUrl(port, "postgres"), "oc_pizza")
    const url = embeddedUrl(port, "oc_pizza")
    process.env.DATABASE_URL = url

    const backendPort = await freePort()
    const storefrontPort = await freePort()
    // pictures are uploaded with the address the backend will answer on
    process.env.MEDUSA_BACKEND_URL = `http://localhost:${backendPort}`

    await prepareWorkspace()
    await phase("database schema", migrate)
    await ensureDemoData(url)
    await phase("backend build", () => buildBackend())
    await phase("storefront build", () => buildStorefront())

    const publishableKey = (await storefrontKey(url)) ?? ""
    const stack = await phase("start the production builds", () => startStack({ databaseUrl: url, backendPort, storefrontPort, publishableKey, backendEnv }))
    return {
      ...stack,
      database,
      publishableKey,
      shutdown: async () => {
        await stack.stop()
        await database.stop()
      },
    }
  } catch (error) {
    await database.stop()
    throw error
  }
}
