import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freePort } from "./free-port"
import { ROOT } from "./paths"
import { startService, stopService, waitForHttp } from "./processes"

/**
 * A mail catcher (maildev) for the demo and the throw-away stacks: the backend
 * sends real SMTP, nobody receives it, and a web page shows every message. It
 * listens on 127.0.0.1 only, since the mails carry password reset links.
 */

const MAILDEV_BIN = join(ROOT, "node_modules", ".bin", "maildev")

/** The demo's sender: a domain that cannot receive, so a reply goes nowhere. */
export const DEMO_MAIL_FROM = "OC Pizza <commandes@oc-pizza.localhost>"

/** The variables through which an operator chooses the SMTP server (docs/OPERATIONS.md). */
const SMTP_VARIABLES = ["SMTP_URL", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE"]

/** An SMTP server chosen in the environment, or mail switched off: then the demo starts no catcher. */
export function operatorChoseMail(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim() || env.SMTP_HOST?.trim() || env.OCP_MAIL_DISABLED?.trim() === "true")
}

/** The backend without e-mail at all, whatever the .env says: no mail can reach a real server. */
export const MAIL_DISABLED_ENV: NodeJS.ProcessEnv = {
  ...Object.fromEntries(SMTP_VARIABLES.map((name) => [name, ""])),
  OCP_MAIL_DISABLED: "true",
}

export type MailCatcher = {
  smtpUrl: string
  /** Its web page, and the base of its API (`/api/email`). */
  webUrl: string
  /** The backend's environment to send here, and only here. */
  backendEnv: NodeJS.ProcessEnv
  /** The first message to this address, once it has arrived. */
  waitForMailTo: (address: string, timeoutMs?: number) => Promise<CaughtMail>
  stop: () => Promise<void>
}

export type CaughtMail = { id: string; subject: string; html: string; text: string }

type MaildevEmail = { id: string; subject: string; html?: string; text?: string; to: { address: string }[] }

/** Polls maildev's API (GET /api/email lists every message, in arrival order). */
async function waitForMail(webUrl: string, address: string, timeoutMs: number): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs
  const wanted = address.toLowerCase()
  for (;;) {
    const response = await fetch(`${webUrl}/api/email`)
    if (!response.ok) throw new Error(`the mail catcher answered ${response.status}`)
    const found = ((await response.json()) as MaildevEmail[]).find((mail) => mail.to.some((recipient) => recipient.address.toLowerCase() === wanted))
    if (found) return { id: found.id, subject: found.subject, html: found.html ?? "", text: found.text ?? "" }
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address} reached the mail catcher within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

export type MailCatcherOptions = {
  /** Unset: any free port. */
  smtpPort?: number
  webPort?: number
  /** Where the messages are kept across restarts; unset: a private temporary folder, removed on stop. */
  mailDirectory?: string
  /** Called when maildev stops without being asked to. */
  onUnexpectedExit?: (reason: string) => void
}

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const smtpPort = options.smtpPort ?? (await freePort())
  const webPort = options.webPort ?? (await freePort())
  const temporary = options.mailDirectory ? undefined : mkdtempSync(join(tmpdir(), "oc-pizza-mail-"))
  const mailDirectory = options.mailDirectory ?? temporary!
  mkdirSync(mailDirectory, { recursive: true, mode: 0o700 })
  const smtpUrl = `smtp://127.0.0.1:${smtpPort}`
  const webUrl = `http://127.0.0.1:${webPort}`

  // its own folder as working directory: maildev would read a stray maildev.config.js in the current one
  const args = ["--ip", "127.0.0.1", "--smtp", String(smtpPort), "--web-ip", "127.0.0.1", "--web", String(webPort)]
  args.push("--mail-directory", mailDirectory, "--max-emails", "500")
  const service = startService(MAILDEV_BIN, args, { cwd: mailDirectory, label: "mail" })
  let stopping = false
  service.on("exit", (code, signal) => {
    if (!stopping) options.onUnexpectedExit?.(signal ?? `code ${code}`)
  })
  const stop = async () => {
    stopping = true
    await stopService(service)
    if (temporary) rmSync(temporary, { recursive: true, force: true })
  }

  try {
    await waitForHttp(`${webUrl}/api/healthz`, 30_000, () => service.exitCode !== null || service.signalCode !== null)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    smtpUrl,
    webUrl,
    backendEnv: {
      ...Object.fromEntries(SMTP_VARIABLES.map((name) => [name, ""])),
      SMTP_URL: smtpUrl,
      MAIL_FROM: process.env.MAIL_FROM?.trim() || DEMO_MAIL_FROM,
      OCP_MAIL_DISABLED: "",
    },
    waitForMailTo: (address, timeoutMs = 30_000) => waitForMail(webUrl, address, timeoutMs),
    stop,
  }
}
