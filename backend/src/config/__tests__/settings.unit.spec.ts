import { readSettings, SettingsError } from "../settings"

const strong = "a".repeat(16) + "b".repeat(16) + "c".repeat(8)
const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://oc:pw@db:5432/oc_pizza",
  JWT_SECRET: strong,
  COOKIE_SECRET: strong.split("").reverse().join(""),
}

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
  it("runs on defaults in development", () => {
    const settings = readSettings({})
    expect(settings.production).toBe(false)
    expect(settings.jwtSecret.length).toBeGreaterThan(0)
    expect(settings.stripe).toBeUndefined()
    expect(settings.backendUrl).toBe("http://localhost:9000")
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
    const settings = readSettings({ ENV: "PRODUCTION", DATABASE_URL: production.DATABASE_URL, SECRET_KEY: strong, GOOGLE_MAP_API_KEY: "key" })
    expect(settings.production).toBe(true)
    expect(settings.jwtSecret).toBe(strong)
    expect(settings.cookieSecret).toBe(strong)
    expect(settings.googleMapsApiKey).toBe("key")
  })

  it("names SECRET_KEY when that is the weak value", () => {
    expect(problemsOf({ ENV: "PRODUCTION", DATABASE_URL: "postgres://x", SECRET_KEY: "changeme" })).toEqual([
      expect.stringMatching(/^SECRET_KEY still holds/),
      expect.stringMatching(/^SECRET_KEY still holds/),
    ])
  })

  it("lists every problem at once", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toHaveLength(3)
  })

  it("needs the webhook secret with a Stripe key, and a live key in production", () => {
    expect(problemsOf({ STRIPE_API_KEY: "sk_test_x" })).toEqual([expect.stringMatching(/^STRIPE_WEBHOOK_SECRET is missing/)])
    expect(problemsOf({ ...production, STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })).toEqual([
      expect.stringMatching(/^STRIPE_API_KEY is a test key/),
    ])
    expect(readSettings({ ...production, STRIPE_API_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x" }).stripe).toEqual({
      apiKey: "sk_live_x",
      webhookSecret: "whsec_x",
    })
  })

  it("refuses a worker without Redis and an unknown worker mode", () => {
    expect(problemsOf({ MEDUSA_WORKER_MODE: "worker" })).toEqual([expect.stringMatching(/^MEDUSA_WORKER_MODE=worker needs REDIS_URL/)])
    expect(problemsOf({ MEDUSA_WORKER_MODE: "both" })).toEqual([expect.stringMatching(/^MEDUSA_WORKER_MODE is "both"/)])
    expect(readSettings({ MEDUSA_WORKER_MODE: "worker", REDIS_URL: "redis://localhost:6379" }).workerMode).toBe("worker")
  })
})
