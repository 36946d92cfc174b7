import { ensureDemoData, prepareWorkspace } from "./bootstrap"
import { createDatabaseIfMissing, embeddedUrl, startTestDatabase, type Database } from "./database"
import { DEMO_STACK_DATABASE, givePicturesTo, preparedDemoCluster } from "./demo-cluster"
import { freePort } from "./free-port"
import { storefrontKey } from "./demo-state"
import { MAIL_DISABLED_ENV, startMailCatcher, type MailCatcher } from "./mail-catcher"
import { buildBackend, buildStorefront, migrate } from "./medusa"
import { phase } from "./output"
import { startStack, type Stack } from "./stack"

export type DemoStack = Stack & {
  database: Database
  publishableKey: string
  /** Where the backend's e-mails go, unless `backendEnv` switched them off (OCP_MAIL_DISABLED=true). */
  mailCatcher?: MailCatcher
  shutdown: () => Promise<void>
}

/**
 * A throw-away copy of the whole system for tests and checks: a fresh
 * embedded PostgreSQL with the demo data, a mail catcher, the production
 * builds started on free ports. `backendEnv` decides the mode (development or
 * production). Its mail never reaches the SMTP server of the .env.
 */
export async function startDemoStack(backendEnv: NodeJS.ProcessEnv): Promise<DemoStack> {
  // a cluster this run prepared (scripts/lib/demo-cluster.ts) is already migrated and has the demo data
  const prepared = preparedDemoCluster()
  const database = await phase(prepared ? "throw-away database (copy of the prepared demo cluster)" : "throw-away database", () => startTestDatabase({ copyOf: prepared }))
  let mailCatcher: MailCatcher | undefined
  try {
    const port = Number(process.env.DB_PORT)
    await createDatabaseIfMissing(embeddedUrl(port, "postgres"), DEMO_STACK_DATABASE)
    const url = embeddedUrl(port, DEMO_STACK_DATABASE)
    process.env.DATABASE_URL = url

    const backendPort = await freePort()
    const storefrontPort = await freePort()
    // pictures are uploaded with the address the backend will answer on
    process.env.MEDUSA_BACKEND_URL = `http://localhost:${backendPort}`

    await prepareWorkspace()
    if (prepared) await givePicturesTo(url, process.env.MEDUSA_BACKEND_URL)
    else await phase("database schema", migrate)
    await ensureDemoData(url)
    await phase("backend build", () => buildBackend())
    await phase("storefront build", () => buildStorefront())

    const mailDisabled = backendEnv.OCP_MAIL_DISABLED?.trim() === "true"
    if (!mailDisabled) mailCatcher = await phase("mail catcher", () => startMailCatcher())
    const mailEnv = mailCatcher?.backendEnv ?? MAIL_DISABLED_ENV
    const publishableKey = (await storefrontKey(url)) ?? ""
    const stack = await phase("start the production builds", () =>
      startStack({ databaseUrl: url, backendPort, storefrontPort, publishableKey, backendEnv: { ...mailEnv, ...backendEnv } })
    )
    const catcher = mailCatcher
    return {
      ...stack,
      database,
      publishableKey,
      mailCatcher: catcher,
      shutdown: async () => {
        await stack.stop()
        await catcher?.stop()
        await database.stop()
      },
    }
  } catch (error) {
    await mailCatcher?.stop()
    await database.stop()
    throw error
  }
}
