import { readSettings, SettingsError } from "../settings"

const strong = "a".repeat(16) + "b".repeat(16) + "c".repeat(8)
const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://oc:pw@db:5432/oc_pizza",
  JWT_SECRET: strong,
  COOKIE_SECRET: strong.split("").reverse().join(""),
  SMTP_URL: "smtp://mailer:pw@smtp.example.net:587",
  MAIL_FROM: "OC Pizza <commandes@oc-pizza.fr>",
  STOREFRONT_URL: "https://commander.oc-pizza.fr",
  MEDUSA_BACKEND_URL: "https://admin.oc-pizza.fr",
}

const development = { NODE_ENV: "development" }

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    readSettings(env)
  } catch (error) {
    if (error instanceof SettingsError) return error.problems
    throw error
  }
  return []
}

describe("readSettings", () => {
  it("runs on defaults in development, with secrets of its own", () => {
    const settings = readSettings(development)
    expect(settings.production).toBe(false)
    expect(settings.jwtSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(settings.cookieSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(settings.cookieSecret).not.toBe(settings.jwtSecret)
    // the same for the whole process, so every reader signs and checks alike
    expect(readSettings({ NODE_ENV: "test" }).jwtSecret).toBe(settings.jwtSecret)
    expect(settings.stripe).toBeUndefined()
    expect(settings.backendUrl).toBe("http://localhost:9000")
  })

  it("generates secrets in no process a developer does not own", async () => {
    // a child process has other random secrets: nobody can predict them
    const { execFileSync } = await import("node:child_process")
    const other = execFileSync(
      process.execPath,
      ["--import", "tsx", "-e", 'const { readSettings } = require("./settings"); console.log(readSettings({ NODE_ENV: "development" }).jwtSecret)'],
      { cwd: `${__dirname}/..`, encoding: "utf8" }
    ).trim()
    expect(other).toMatch(/^[0-9a-f]{64}$/)
    expect(other).not.toBe(readSettings(development).jwtSecret)
  })

  it.each([undefined, "demo", "staging", "Production", "prod"])("treats NODE_ENV=%p as production for secrets", (mode) => {
    const problems = problemsOf({ NODE_ENV: mode, DATABASE_URL: "postgres://x" })
    expect(problems).toEqual([expect.stringMatching(/^JWT_SECRET is missing/), expect.stringMatching(/^COOKIE_SECRET is missing/)])
    expect(problems[0]).toContain(mode ? `NODE_ENV is "${mode}"` : "NODE_ENV is not set")
  })

  it("refuses a published default in development too", () => {
    expect(problemsOf({ ...development, JWT_SECRET: "supersecret" })).toEqual([expect.stringMatching(/^JWT_SECRET still holds a published default/)])
  })

  it("accepts a complete production configuration", () => {
    const settings = readSettings(production)
    expect(settings.production).toBe(true)
    expect(settings.databaseUrl).toBe(production.DATABASE_URL)
  })

  it.each(["DATABASE_URL", "JWT_SECRET", "COOKIE_SECRET"])("refuses production without %s and names it", (name) => {
    const problems = problemsOf({ ...production, [name]: undefined })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^${name} is missing`))
  })

  it("treats an empty value as missing", () => {
    expect(problemsOf({ ...production, JWT_SECRET: "   " })[0]).toMatch(/^JWT_SECRET is missing/)
  })

  it.each(["supersecret", "2%q+8pnz3rjz*z*f4ddi ohwh!lv@)y4)9z$buo4# !"])("refuses the published default %p", (value) => {
    const problems = problemsOf({ ...production, COOKIE_SECRET: value })
    expect(problems).toEqual([expect.stringMatching(/^COOKIE_SECRET still holds a published default/)])
  })

  it("refuses a short secret", () => {
    expect(problemsOf({ ...production, JWT_SECRET: "short" })[0]).toMatch(/^JWT_SECRET is too short \(5 characters\)/)
  })

  it("accepts the previous system's names: ENV=PRODUCTION and SECRET_KEY", () => {
    const settings = readSettings({ ENV: "PRODUCTION", DATABASE_URL: production.DATABASE_URL, SECRET_KEY: strong, GOOGLE_MAP_API_KEY: "key", OCP_MAIL_DISABLED: "true" })
    expect(settings.production).toBe(true)
    expect(settings.jwtSecret).toBe(strong)
    expect(settings.cookieSecret).toBe(strong)
    expect(settings.googleMapsApiKey).toBe("key")
  })

  it("reads the Base Adresse Nationale's URL: unset for the plugin's default, a URL, or off", () => {
    expect(readSettings(development).banApiUrl).toBeUndefined()
    expect(readSettings({ ...development, BAN_API_URL: "http://127.0.0.1:4100" }).banApiUrl).toBe("http://127.0.0.1:4100")
    expect(readSettings({ ...development, BAN_API_URL: "off" }).banApiUrl).toBe(false)
    expect(problemsOf({ ...development, BAN_API_URL: "data.geopf.fr" })).toEqual([expect.stringMatching(/^BAN_API_URL is "data.geopf.fr"/)])
  })

  it("reads the admin map's tile server, refusing an address without its {z}, {x} and {y}", () => {
    expect(readSettings(development).mapTiles).toEqual({ url: undefined, attribution: undefined })
    const tiles = "https://tiles.example.test/{z}/{x}/{y}.png"
    expect(readSettings({ ...development, MAP_TILE_URL: tiles, MAP_TILE_ATTRIBUTION: "© Example" }).mapTiles).toEqual({ url: tiles, attribution: "© Example" })
    expect(problemsOf({ ...development, MAP_TILE_URL: "https://tiles.example.test/{z}.png" })).toEqual([
      expect.stringMatching(/^MAP_TILE_URL is "https:\/\/tiles.example.test\/\{z\}.png"/),
    ])
  })

  it("names SECRET_KEY when that is the weak value", () => {
    expect(problemsOf({ ENV: "PRODUCTION", DATABASE_URL: "postgres://x", SECRET_KEY: "changeme", OCP_MAIL_DISABLED: "true" })).toEqual([
      expect.stringMatching(/^SECRET_KEY still holds/),
      expect.stringMatching(/^SECRET_KEY still holds/),
    ])
  })

  it("lists every problem at once", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toHaveLength(7)
  })

  it("needs the webhook secret with a Stripe key, and a live key in production", () => {
    expect(problemsOf({ ...development, STRIPE_API_KEY: "sk_test_x" })).toEqual([expect.stringMatching(/^STRIPE_WEBHOOK_SECRET is missing/)])
    expect(problemsOf({ ...production, STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })).toEqual([expect.stringMatching(/^STRIPE_API_KEY is a test key/)])
    expect(readSettings({ ...production, STRIPE_API_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x" }).stripe).toEqual({
      apiKey: "sk_live_x",
      webhookSecret: "whsec_x",
    })
  })

  it("refuses a worker without Redis and an unknown worker mode", () => {
    expect(problemsOf({ ...development, MEDUSA_WORKER_MODE: "worker" })).toEqual([expect.stringMatching(/^MEDUSA_WORKER_MODE=worker needs REDIS_URL/)])
    expect(problemsOf({ ...development, MEDUSA_WORKER_MODE: "both" })).toEqual([expect.stringMatching(/^MEDUSA_WORKER_MODE is "both"/)])
    expect(readSettings({ ...development, MEDUSA_WORKER_MODE: "worker", REDIS_URL: "redis://localhost:6379" }).workerMode).toBe("worker")
  })

  describe("e-mail", () => {
    it.each(["SMTP_URL", "MAIL_FROM"])("refuses production without %s and names it", (name) => {
      const problems = problemsOf({ ...production, [name]: undefined })
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^${name} is missing`))])
      expect(problems[0]).toContain(name === "SMTP_URL" ? "OCP_MAIL_DISABLED=true" : "OC Pizza <commandes@oc-pizza.fr>")
    })

    it.each(["STOREFRONT_URL", "MEDUSA_BACKEND_URL"])("refuses production with e-mail but without %s, which its links need", (name) => {
      expect(problemsOf({ ...production, [name]: undefined })).toEqual([expect.stringMatching(new RegExp(`^${name} is missing: .*e-mails link`))])
    })

    it("runs production without e-mail when its operator says so", () => {
      const settings = readSettings({ ...production, SMTP_URL: undefined, MAIL_FROM: undefined, OCP_MAIL_DISABLED: "true" })
      expect(settings.mail).toEqual({ smtp: undefined, from: "OC Pizza <commandes@oc-pizza.fr>", disabled: true })
      // disabled wins over a relay left in the file
      expect(readSettings({ ...production, OCP_MAIL_DISABLED: "true" }).mail.smtp).toBeUndefined()
    })

    it("reads the relay from SMTP_URL or from its parts", () => {
      expect(readSettings(production).mail).toEqual({ smtp: { url: production.SMTP_URL }, from: production.MAIL_FROM, disabled: false })
      const parts = { ...production, SMTP_URL: undefined, SMTP_HOST: "smtp.example.net", SMTP_PORT: "465", SMTP_USER: "mailer", SMTP_PASSWORD: "pw" }
      expect(readSettings(parts).mail.smtp).toEqual({ host: "smtp.example.net", port: 465, secure: true, auth: { user: "mailer", pass: "pw" } })
      expect(readSettings({ ...parts, SMTP_PORT: undefined }).mail.smtp).toMatchObject({ port: 587, secure: false })
    })

    it("names what is wrong in a relay or sender", () => {
      expect(problemsOf({ ...production, SMTP_URL: "mail.example.net" })).toEqual([expect.stringMatching(/^SMTP_URL is not an SMTP address/)])
      expect(problemsOf({ ...production, SMTP_URL: undefined, SMTP_HOST: "smtp.example.net", SMTP_USER: "mailer" })).toEqual([expect.stringMatching(/^SMTP_PASSWORD is missing/)])
      expect(problemsOf({ ...development, SMTP_PORT: "587" })).toEqual([expect.stringMatching(/^SMTP_HOST is missing/)])
      expect(problemsOf({ ...production, MAIL_FROM: "commandes" })).toEqual([expect.stringMatching(/^MAIL_FROM is "commandes"/)])
      // the password in SMTP_URL is never repeated in a message that reaches the logs
      expect(problemsOf({ ...production, SMTP_URL: "http://mailer:hunter2@x" }).join()).not.toContain("hunter2")
    })

    it("logs e-mails outside production when no relay is named, and says where links lead", () => {
      const settings = readSettings(development)
      expect(settings.mail).toEqual({ smtp: undefined, from: "OC Pizza <commandes@oc-pizza.fr>", disabled: false })
      expect(settings.storefrontUrl).toBe("http://localhost:8000")
      expect(readSettings({ ...development, STOREFRONT_URL: "https://shop.oc-pizza.fr" }).storefrontUrl).toBe("https://shop.oc-pizza.fr")
    })
  })
})
