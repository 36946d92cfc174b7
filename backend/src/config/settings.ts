import { randomBytes } from "node:crypto"

/**
 * Reads and checks OC Pizza's environment once, for medusa-config and scripts.
 * The previous system's names (ENV=PRODUCTION, SECRET_KEY, GOOGLE_MAP_API_KEY)
 * are accepted beside Medusa's own.
 */

export type Settings = {
  production: boolean
  databaseUrl: string
  redisUrl?: string
  jwtSecret: string
  cookieSecret: string
  /** The preview server (OCP_PREVIEW=true): Stripe test keys allowed, a banner everywhere. */
  preview: boolean
  backendUrl: string
  /** The shop's public address, for the links e-mails carry (STOREFRONT_URL). */
  storefrontUrl: string
  storeCors: string
  adminCors: string
  authCors: string
  workerMode: "shared" | "server" | "worker"
  adminDisabled: boolean
  stripe?: { apiKey: string; webhookSecret: string }
  googleMapsApiKey?: string
  /** Browser key (Maps JavaScript API, restricted to the admin's address) for the zones map; never the server key. */
  googleMapsBrowserKey?: string
  /** The Base Adresse Nationale's geocoder (BAN_API_URL): unset for the plugin's default, false when switched off ("off"). */
  banApiUrl?: string | false
  /** The admin's zones map without a browser key: its tiles (MAP_TILE_URL, a {z}/{x}/{y} template) and their credit (MAP_TILE_ATTRIBUTION); unset: OpenStreetMap's. */
  mapTiles: { url?: string; attribution?: string }
  /** Where uploaded files are written; Medusa serves them from its folder's static/. */
  uploadDir?: string
  /** The pizzerias' stock lock: how long a checkout waits for it, how long a dead holder keeps it (unset: the plugin's defaults). */
  stockLock: { timeoutMs?: number; expireSeconds?: number }
  /** E-mail: the SMTP relay (unset: e-mails are only logged) and the sender every message shows. */
  mail: { smtp?: SmtpSettings; from: string; disabled: boolean }
}

/** How to reach the SMTP relay, in nodemailer's words: a URL (SMTP_URL), or its parts. */
export type SmtpSettings = { url: string } | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } }

/** The sender outside production when MAIL_FROM is unset. */
const DEFAULT_MAIL_FROM = "OC Pizza <commandes@oc-pizza.fr>"
/** `name@domain` alone or after a display name: `OC Pizza <commandes@oc-pizza.fr>`. */
const MAIL_FROM_SHAPE = /^(?:[^<>]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)$/

type Env = Record<string, string | undefined>

/** A setting that is missing or wrong: names the variable and says what to set. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`OC Pizza cannot start: ${problems.length} setting(s) to fix.\n` + problems.map((problem) => `  - ${problem}`).join("\n"))
    this.name = "SettingsError"
  }
}

/** Values that ship in examples or documentation, so everyone knows them. */
const KNOWN_DEFAULTS = new Set([
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "password",
  // what this project's development mode signed with before secrets were made per process
  "oc-pizza-development-only-secret",
  // the example value printed in the previous system's operations manual
  "2%q+8pnz3rjz*z*f4ddi ohwh!lv@)y4)9z$buo4# !",
])

const MIN_SECRET_LENGTH = 32

export function isProduction(env: Env): boolean {
  return env.NODE_ENV === "production" || env.ENV?.toUpperCase() === "PRODUCTION"
}

/**
 * Only a developer's own process or a test may run without explicit secrets:
 * every other NODE_ENV (production, the demo's "demo", a typo, none at all)
 * can be reached from a network, so it must sign with secrets its operator chose.
 */
export function mayGenerateSecrets(env: Env): boolean {
  return (env.NODE_ENV === "development" || env.NODE_ENV === "test") && !isProduction(env)
}

/**
 * Random secrets of this process, made on first use: tokens it signs die with
 * it, and nobody else can sign one. Processes that must share tokens (a test's
 * second server) are given JWT_SECRET and COOKIE_SECRET explicitly.
 */
const processSecrets = new Map<string, string>()
function processSecret(name: string): string {
  if (!processSecrets.has(name)) processSecrets.set(name, randomBytes(32).toString("hex"))
  return processSecrets.get(name)!
}

export function readSettings(env: Env = process.env): Settings {
  const production = isProduction(env)
  const generated = mayGenerateSecrets(env)
  const problems: string[] = []
  const value = (name: string) => {
    const raw = env[name]?.trim()
    return raw ? raw : undefined
  }

  const secret = (name: string): string => {
    // SECRET_KEY, the previous system's single secret, stands in for both.
    const chosen = value(name) ?? value("SECRET_KEY")
    const source = value(name) ? name : value("SECRET_KEY") ? "SECRET_KEY" : name
    if (!chosen) {
      if (generated) return processSecret(name)
      problems.push(
        `${name} is missing: set it (or SECRET_KEY) to a random string of at least ${MIN_SECRET_LENGTH} characters, e.g. the output of \`openssl rand -hex 32\`. ` +
          `Only NODE_ENV=development or test run without it (NODE_ENV is ${env.NODE_ENV ? `"${env.NODE_ENV}"` : "not set"}).`
      )
    } else if (KNOWN_DEFAULTS.has(chosen)) {
      problems.push(`${source} still holds a published default value: replace it with a random string of at least ${MIN_SECRET_LENGTH} characters (\`openssl rand -hex 32\`).`)
    } else if (chosen.length < MIN_SECRET_LENGTH) {
      problems.push(`${source} is too short (${chosen.length} characters): use at least ${MIN_SECRET_LENGTH} random characters (\`openssl rand -hex 32\`).`)
    }
    return chosen ?? ""
  }

  const databaseUrl = value("DATABASE_URL")
  if (!databaseUrl && production) {
    problems.push("DATABASE_URL is missing: production needs a managed PostgreSQL, e.g. postgres://oc_pizza:PASSWORD@db.internal:5432/oc_pizza.")
  }

  const jwtSecret = secret("JWT_SECRET")
  const cookieSecret = secret("COOKIE_SECRET")

  const stripeKey = value("STRIPE_API_KEY")
  const stripeWebhookSecret = value("STRIPE_WEBHOOK_SECRET")
  if (stripeKey && !stripeWebhookSecret) {
    problems.push("STRIPE_WEBHOOK_SECRET is missing: card payments need it to verify Stripe's webhooks (Stripe dashboard > Developers > Webhooks > Signing secret, whsec_...).")
  }
  if (production && stripeKey?.startsWith("sk_test_") && !value("OCP_PREVIEW")) {
    problems.push("STRIPE_API_KEY is a test key (sk_test_...) in production: set the live key, or OCP_PREVIEW=true for the preview server.")
  }

  const redisUrl = value("REDIS_URL")
  const workerMode = (value("MEDUSA_WORKER_MODE") ?? "shared") as Settings["workerMode"]
  if (!["shared", "server", "worker"].includes(workerMode)) {
    problems.push(`MEDUSA_WORKER_MODE is "${workerMode}": use shared, server or worker.`)
  }
  // Medusa's one-off commands (migrate, exec) set MEDUSA_WORKER_MODE=server
  // themselves, so a server without Redis is legitimate; a worker is not.
  if (workerMode === "worker" && !redisUrl) {
    problems.push("MEDUSA_WORKER_MODE=worker needs REDIS_URL: the worker receives the servers' events and workflows through Redis.")
  }

  const positiveInteger = (name: string): number | undefined => {
    const raw = value(name)
    if (raw === undefined) return undefined
    const parsed = Number(raw)
    if (Number.isInteger(parsed) && parsed > 0) return parsed
    problems.push(`${name} is "${raw}": use a whole number above 0, or leave it unset for the default.`)
    return undefined
  }
  const stockLock = { timeoutMs: positiveInteger("OCP_STOCK_LOCK_TIMEOUT_MS"), expireSeconds: positiveInteger("OCP_STOCK_LOCK_EXPIRE_SECONDS") }
  // read where it is used (orders/order-edit-lock.ts); checked here so that a wrong value stops the start
  positiveInteger("OCP_ORDER_LOCK_EXPIRE_SECONDS")

  const mail = readMail(env, production, value, positiveInteger, problems)

  const banApiUrl = readBanApiUrl(value("BAN_API_URL"), problems)
  const mapTileUrl = readMapTileUrl(value("MAP_TILE_URL"), problems)

  if (problems.length) {
    throw new SettingsError(problems)
  }

  const backendUrl = value("MEDUSA_BACKEND_URL") ?? "http://localhost:9000"
  const storefrontUrl = value("STOREFRONT_URL") ?? "http://localhost:8000"
  return {
    production,
    preview: value("OCP_PREVIEW") === "true",
    databaseUrl: databaseUrl ?? "",
    redisUrl,
    jwtSecret,
    cookieSecret,
    backendUrl,
    storefrontUrl,
    storeCors: value("STORE_CORS") ?? storefrontUrl,
    adminCors: value("ADMIN_CORS") ?? backendUrl,
    authCors: value("AUTH_CORS") ?? `${backendUrl},${storefrontUrl}`,
    workerMode,
    adminDisabled: value("ADMIN_DISABLED") === "true",
    stripe: stripeKey && stripeWebhookSecret ? { apiKey: stripeKey, webhookSecret: stripeWebhookSecret } : undefined,
    googleMapsApiKey: value("GOOGLE_MAP_API_KEY") ?? value("GOOGLE_MAPS_API_KEY"),
    googleMapsBrowserKey: value("GOOGLE_MAPS_BROWSER_KEY"),
    banApiUrl,
    mapTiles: { url: mapTileUrl, attribution: value("MAP_TILE_ATTRIBUTION") },
    uploadDir: value("OCP_UPLOAD_DIR"),
    stockLock: Object.fromEntries(Object.entries(stockLock).filter(([, setting]) => setting !== undefined)),
    mail,
  }
}

/** BAN_API_URL: the geocoder's base URL (http or https), or "off" for none. */
function readBanApiUrl(raw: string | undefined, problems: string[]): string | false | undefined {
  if (raw === undefined) return undefined
  if (raw === "off") return false
  if (/^https?:\/\/[^\s]+$/.test(raw)) return raw
  problems.push(`BAN_API_URL is "${raw}": give the geocoder's base URL (https://data.geopf.fr/geocodage, whose /search is called), "off" to switch it off, or leave it unset.`)
  return undefined
}

function readMapTileUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined) return undefined
  if (/^https?:\/\/\S+$/.test(raw) && ["{z}", "{x}", "{y}"].every((part) => raw.includes(part))) return raw
  problems.push(`MAP_TILE_URL is "${raw}": give a tile server's http(s) address with {z}, {x} and {y} (https://tile.openstreetmap.org/{z}/{x}/{y}.png), or leave it unset.`)
  return undefined
}

/**
 * Customers learn of their order, staff of their invitation and everyone of a
 * password reset by e-mail, so production needs a relay and a sender, unless
 * its operator says on purpose that this installation sends none
 * (OCP_MAIL_DISABLED=true). Elsewhere, without a relay, e-mails are logged.
 */
function readMail(
  env: Env,
  production: boolean,
  value: (name: string) => string | undefined,
  positiveInteger: (name: string) => number | undefined,
  problems: string[]
): Settings["mail"] {
  const disabled = value("OCP_MAIL_DISABLED") === "true"
  const url = value("SMTP_URL")
  const host = value("SMTP_HOST")
  const port = positiveInteger("SMTP_PORT")
  const user = value("SMTP_USER")
  const password = value("SMTP_PASSWORD")
  const secure = value("SMTP_SECURE") === "true" || (value("SMTP_SECURE") === undefined && port === 465)
  const from = value("MAIL_FROM")

  if (url && !/^smtps?:\/\/[^/\s]+/.test(url)) {
    problems.push(`SMTP_URL is not an SMTP address: write smtp://USER:PASSWORD@HOST:587 (STARTTLS) or smtps://USER:PASSWORD@HOST:465 (TLS).`)
  }
  if (!url && !host && (user || password || port)) {
    problems.push("SMTP_HOST is missing: SMTP_PORT, SMTP_USER and SMTP_PASSWORD only apply to a relay named by SMTP_HOST (or give the whole SMTP_URL).")
  }
  if (host && Boolean(user) !== Boolean(password)) {
    problems.push(user ? "SMTP_PASSWORD is missing: SMTP_USER signs in to the relay with it." : "SMTP_USER is missing: SMTP_PASSWORD is given without the account it belongs to.")
  }
  if (from && !MAIL_FROM_SHAPE.test(from)) {
    problems.push(`MAIL_FROM is "${from}": write an address, optionally after a name, e.g. OC Pizza <commandes@oc-pizza.fr>.`)
  }
  if (production && !disabled) {
    if (!url && !host) {
      problems.push(
        "SMTP_URL is missing: production e-mails customers and staff, so name the relay (smtp://USER:PASSWORD@HOST:587, or SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD), or set OCP_MAIL_DISABLED=true to run without e-mail."
      )
    }
    if (!from) {
      problems.push("MAIL_FROM is missing: production needs the sender its e-mails show, on a domain the relay may send for, e.g. OC Pizza <commandes@oc-pizza.fr>.")
    }
    // the links every e-mail carries: without these, customers would be sent to localhost
    if (!value("STOREFRONT_URL")) {
      problems.push("STOREFRONT_URL is missing: e-mails link to the shop (order tracking, password reset) at this address, e.g. https://commander.oc-pizza.fr.")
    }
    if (!value("MEDUSA_BACKEND_URL")) {
      problems.push("MEDUSA_BACKEND_URL is missing: staff e-mails link to the admin (invitations, password reset) at this address, e.g. https://admin.oc-pizza.fr.")
    }
  }

  const smtp: SmtpSettings | undefined = disabled
    ? undefined
    : url
      ? { url }
      : host
        ? { host, port: port ?? (secure ? 465 : 587), secure, ...(user && password ? { auth: { user, pass: password } } : {}) }
        : undefined
  return { smtp, from: from ?? DEFAULT_MAIL_FROM, disabled }
}
