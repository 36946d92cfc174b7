import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { EMAIL_TEMPLATES, renderEmail } from "../backend/src/mail/render-email"
import { emailSamples } from "../backend/src/mail/email-samples"
import { info, phase } from "./lib/output"
import { DATA } from "./lib/paths"

/**
 * `npm run emails:preview`: every e-mail in French and English, rendered from
 * sample data to `.data/email-preview/` (HTML and text parts side by side, an
 * index listing their subjects), to look at in a browser without starting
 * anything. It runs with the backend's TypeScript settings (its JSX).
 */

const OUT = join(DATA, "email-preview")

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

type Preview = { name: string; template: string; locale: string; subject: string }

async function main(): Promise<void> {
  const previews = await phase("Rendering every e-mail in French and English", async () => {
    rmSync(OUT, { recursive: true, force: true })
    mkdirSync(OUT, { recursive: true })
    const written: Preview[] = []
    for (const locale of ["fr", "en"] as const) {
      const samples = emailSamples(locale)
      // the staff's reset e-mail is worded for the admin: shown beside the customer's
      const variants: [string, string, Record<string, unknown>][] = [
        ...EMAIL_TEMPLATES.map((template): [string, string, Record<string, unknown>] => [template, template, samples[template]]),
        ["password-reset-staff", "password-reset", { ...samples["password-reset"], audience: "staff", reset_url: "http://localhost:9000/app/reset-password?token=Re5et-T0ken" }],
      ]
      for (const [name, template, data] of variants) {
        const { subject, html, text } = await renderEmail(template, data)
        writeFileSync(join(OUT, `${name}.${locale}.html`), html)
        writeFileSync(join(OUT, `${name}.${locale}.txt`), `Subject: ${subject}\n\n${text}\n`)
        written.push({ name, template, locale, subject })
      }
    }
    return written
  })
  const rows = previews
    .map(
      ({ name, template, locale, subject }) =>
        `<tr><td><code>${escapeHtml(template)}</code></td><td>${locale}</td><td><a href="${name}.${locale}.html">${escapeHtml(subject)}</a></td><td><a href="${name}.${locale}.txt">text</a></td></tr>`
    )
    .join("\n")
  writeFileSync(
    join(OUT, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OC Pizza e-mails</title></head><body style="font-family:sans-serif;margin:2rem">
<h1>OC Pizza e-mails (${previews.length})</h1>
<table cellpadding="6"><thead><tr><th scope="col">Template</th><th scope="col">Language</th><th scope="col">Subject (HTML part)</th><th scope="col">Text part</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`
  )
  info(`Open ${join(OUT, "index.html")}`)
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
