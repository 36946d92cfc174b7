import { expect, type FrameLocator, type Page } from "@playwright/test"

/**
 * The demo stack's mail catcher (maildev, started by scripts/test-e2e.ts),
 * read through its API: what the backend really sent over SMTP.
 */

export type CaughtMail = {
  id: string
  subject: string
  html: string
  text: string
  /** The http(s) addresses the HTML links to, in order, each once, entities decoded. */
  links: string[]
}

type MaildevEmail = { id: string; subject: string; html?: string; text?: string; to: { address: string }[] }

function catcherUrl(): string {
  const url = process.env.MAIL_CATCHER_URL
  if (!url) throw new Error("MAIL_CATCHER_URL is not set: run the browser tests with `npm run test:e2e`, which starts a mail catcher.")
  return url.replace(/\/$/, "")
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
}

function linksOf(html: string): string[] {
  const hrefs = [...html.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((match) => decodeEntities(match[1] ?? match[2]))
  return [...new Set(hrefs.filter((href) => /^https?:\/\//i.test(href)))]
}

/** Every message to this address, oldest first (maildev keeps them in arrival order). */
async function mailsTo(address: string): Promise<MaildevEmail[]> {
  const response = await fetch(`${catcherUrl()}/api/email`)
  if (!response.ok) throw new Error(`the mail catcher answered ${response.status}`)
  const all = (await response.json()) as MaildevEmail[]
  const wanted = address.toLowerCase()
  return all.filter((mail) => mail.to.some((recipient) => recipient.address.toLowerCase() === wanted))
}

/** The ids of the messages already sent to this address: give them as `except` to wait for the next one. */
export async function mailIdsTo(address: string): Promise<string[]> {
  return (await mailsTo(address)).map((mail) => mail.id)
}

/**
 * The latest message to this address (with this subject, when given), waiting
 * for it: the backend sends from a subscriber, after the request has answered.
 */
export async function latestMailTo(address: string, options: { subject?: string | RegExp; except?: string[]; timeoutMs?: number } = {}): Promise<CaughtMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000)
  const except = new Set(options.except ?? [])
  const matches = (subject: string) => options.subject === undefined || (typeof options.subject === "string" ? subject.includes(options.subject) : options.subject.test(subject))
  for (;;) {
    const found = (await mailsTo(address)).filter((mail) => !except.has(mail.id) && matches(mail.subject)).at(-1)
    if (found) {
      const html = found.html ?? ""
      return { id: found.id, subject: found.subject, html, text: found.text ?? "", links: linksOf(html) }
    }
    if (Date.now() > deadline)
      throw new Error(
        `no e-mail to ${address}${options.subject ? ` with subject ${options.subject}` : ""} reached the mail catcher within ${(options.timeoutMs ?? 20_000) / 1000} s`
      )
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * Shows the message in maildev's web page, as a person checking the demo's
 * mail would see it; answers the frame its HTML is drawn in.
 */
export async function openMailInCatcher(page: Page, id: string): Promise<FrameLocator> {
  await page.goto(`${catcherUrl()}/#/email/${encodeURIComponent(id)}`)
  const frame = page.locator('iframe[title="Email HTML content"]')
  await expect(frame).toBeVisible()
  return frame.contentFrame()
}
