import { spawnSync } from "node:child_process"
import { join } from "node:path"

const backend = join(__dirname, "..", "..")
const medusa = join(backend, "..", "node_modules", ".bin", "medusa")
const strong = "f3b1c2d4e5a6978812ab34cd56ef7890aa11bb22"

/** Starts the real server with this environment and returns what it printed and how it ended. */
function start(env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(medusa, ["start", "--port", "0"], {
    cwd: backend,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MEDUSA_DISABLE_TELEMETRY: "true", ...env },
    encoding: "utf8",
    timeout: 60_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const production = {
  ENV: "PRODUCTION",
  DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
  JWT_SECRET: strong,
  COOKIE_SECRET: strong,
  SMTP_URL: "smtp://mailer:relay-password@127.0.0.1:1",
  MAIL_FROM: "OC Pizza <commandes@oc-pizza.fr>",
  STOREFRONT_URL: "https://commander.oc-pizza.test",
  MEDUSA_BACKEND_URL: "https://admin.oc-pizza.test",
}

describe("production start", () => {
  it.each(["DATABASE_URL", "JWT_SECRET", "COOKIE_SECRET", "SMTP_URL", "MAIL_FROM", "STOREFRONT_URL", "MEDUSA_BACKEND_URL"])(
    "refuses to start without %s and says which variable to set",
    (name) => {
      const env: Record<string, string> = { ...production }
      delete env[name]
      const { status, output } = start(env)
      expect(status).not.toBe(0)
      expect(output).toContain(`${name} is missing`)
      expect(output).not.toContain("relay-password")
    }
  )

  it("starts without e-mail only when told so (OCP_MAIL_DISABLED=true)", () => {
    const { SMTP_URL: _relay, MAIL_FROM: _sender, ...withoutMail } = production
    const { status, output } = start({ ...withoutMail, OCP_MAIL_DISABLED: "true" })
    // the settings pass; the start then stops at the database this test does not give it
    expect(status).not.toBe(0)
    expect(output).not.toContain("setting(s) to fix")
    expect(output).not.toContain("SMTP_URL")
  })

  // every mode but development and test can be reached from a network: the demo's own too
  it.each(["demo", "staging"])("refuses NODE_ENV=%s without secrets, naming both", (mode) => {
    const { status, output } = start({ NODE_ENV: mode, DATABASE_URL: production.DATABASE_URL })
    expect(status).not.toBe(0)
    expect(output).toContain("JWT_SECRET is missing")
    expect(output).toContain("COOKIE_SECRET is missing")
    // Medusa's logger prints the message as JSON, quotes escaped
    expect(output).toMatch(new RegExp(`Only NODE_ENV=development or test run without it \\(NODE_ENV is \\\\*"${mode}`))
  })

  it("refuses a secret left at a published default", () => {
    const { status, output } = start({ ...production, COOKIE_SECRET: "supersecret" })
    expect(status).not.toBe(0)
    expect(output).toContain("COOKIE_SECRET still holds a published default value")
  })
})
