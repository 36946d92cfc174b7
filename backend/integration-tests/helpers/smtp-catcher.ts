import type { AddressInfo } from "node:net"
import { simpleParser, type AddressObject } from "mailparser"
import { SMTPServer } from "smtp-server"

/** One message as the recipient's mail program would read it. */
export type CaughtMail = {
  /** The `To` addresses, lower-cased. */
  to: string[]
  /** The `From` header as written (`OC Pizza <commandes@oc-pizza.fr>`). */
  from: string
  subject: string
  html: string
  text: string
  /** Every header, names lower-cased, values as sent (`content-language: fr`). */
  headers: Record<string, string>
  /** `Content-Language`, else the `lang` of the HTML's root element, else null. */
  language: string | null
}

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((object) => object.value.map((entry) => (entry.address ?? "").toLowerCase()))

/**
 * The mail server at the other end of the SMTP provider: a real SMTP server on
 * 127.0.0.1 (no authentication, no TLS) that keeps every message it accepts,
 * parsed, so a test reads what a customer would receive. `refuse(true)` makes
 * it answer every message with an SMTP error, as a full or broken relay would.
 *
 * Medusa reads SMTP_URL when it loads medusa-config, in the test runner's own
 * `beforeAll`. A `beforeAll` at the spec file's top level runs before it (the
 * runner's hooks sit in the `describe` it returns), so start the catcher there:
 *
 *     const smtp = new SmtpCatcher()
 *     beforeAll(async () => {
 *       await smtp.start()
 *       process.env.SMTP_URL = smtp.url
 *     })
 *     afterAll(() => smtp.stop())
 *     medusaIntegrationTestRunner({ testSuite: ({ api, getContainer }) => { ... } })
 *
 * (The runner's `env` option is read when the file loads, before the port is
 * known.) Set MAIL_FROM the same way if the test checks the sender.
 */
export class SmtpCatcher {
  readonly messages: CaughtMail[] = []
  /** Messages answered with an error while refusing. */
  refused = 0
  /** Their recipients (the envelope's), one entry per refused message. */
  readonly refusals: { to: string[] }[] = []
  private refusing: { code: number } | null = null
  private server?: SMTPServer
  private port?: number

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      // stop() does not wait for the connections a pooled sender keeps open
      closeTimeout: 500,
      onData: (stream, session, callback) => {
        if (this.refusing) {
          stream.resume()
          stream.on("end", () => {
            this.refused += 1
            this.refusals.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()) })
            callback(Object.assign(new Error("Mailbox unavailable, try again later"), { responseCode: this.refusing?.code ?? 451 }))
          })
          return
        }
        simpleParser(stream)
          .then((mail) => {
            const headers = Object.fromEntries(
              mail.headerLines.map(({ key, line }) => [
                key.toLowerCase(),
                line
                  .slice(line.indexOf(":") + 1)
                  .replace(/\r?\n\s+/g, " ")
                  .trim(),
              ])
            )
            const html = typeof mail.html === "string" ? mail.html : ""
            this.messages.push({
              to: addresses(mail.to),
              from: headers.from ?? "",
              subject: mail.subject ?? "",
              html,
              text: mail.text ?? "",
              headers,
              language: headers["content-language"] ?? /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? null,
            })
            callback()
          })
          .catch((error: Error) => callback(error))
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.server.once("error", reject)
      server.listen(0, "127.0.0.1", () => resolve())
    })
    this.server = server
    this.port = (server.server.address() as AddressInfo).port
  }

  /** What SMTP_URL should say to reach this server. */
  get url(): string {
    if (!this.port) throw new Error("the SMTP catcher is not started: call start() first")
    return `smtp://127.0.0.1:${this.port}`
  }

  /** Waits for a message that `predicate` accepts and returns it, or fails saying how many arrived. */
  async waitFor(predicate: (mail: CaughtMail) => boolean, timeoutMs = 10_000): Promise<CaughtMail> {
    for (const started = Date.now(); ;) {
      const found = this.messages.find(predicate)
      if (found) return found
      if (Date.now() - started > timeoutMs) {
        throw new Error(
          `no matching e-mail after ${timeoutMs} ms; ${this.messages.length} arrived: ${this.messages.map((mail) => `"${mail.subject}" to ${mail.to.join(", ")}`).join("; ") || "none"}`
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  clear(): void {
    this.messages.length = 0
    this.refused = 0
    this.refusals.length = 0
  }

  /** While on, every message is answered with `code` (451: try later; 550: rejected) and kept nowhere. */
  refuse(on: boolean, code = 451): void {
    this.refusing = on ? { code } : null
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/**
 * A mail server for this test file, given to Medusa: call it at the file's top
 * level, before `medusaIntegrationTestRunner`, so that its `beforeAll` sets
 * SMTP_URL (and `env`, the addresses the e-mails link to) before the runner
 * loads medusa-config.
 */
export function catchThisFilesMail(env: Record<string, string> = {}): SmtpCatcher {
  const smtp = new SmtpCatcher()
  beforeAll(async () => {
    await smtp.start()
    Object.assign(process.env, { SMTP_URL: smtp.url, ...env })
  })
  afterAll(() => smtp.stop())
  return smtp
}
