import { randomBytes } from "node:crypto"
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { SECRETS_FILE } from "./paths"

export type InstallSecrets = { JWT_SECRET: string; COOKIE_SECRET: string; OCP_DEMO_PASSWORD: string }

const make = {
  JWT_SECRET: () => randomBytes(32).toString("hex"),
  COOKIE_SECRET: () => randomBytes(32).toString("hex"),
  // typed by people at the sign-in page: 16 letters, digits, - and _
  OCP_DEMO_PASSWORD: () => randomBytes(12).toString("base64url"),
}
const NAMES = Object.keys(make) as (keyof InstallSecrets)[]

/**
 * The secrets `npm start` signs with when the operator set none, and the demo
 * accounts' password: made at random on the first start of this install, kept
 * in .data/secrets.json (mode 0600, ignored by git) and reused on the next
 * start, so sessions survive a restart and nobody else can sign a token or
 * guess a demo login. Deleting the file rotates them all (every session then
 * ends; the demo accounts take the new password at the next start).
 */
export function installSecrets(file = SECRETS_FILE): InstallSecrets {
  if (existsSync(file)) {
    // a file others may read is not a secret any more: make it private again
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600)
    const stored = JSON.parse(readFileSync(file, "utf8")) as Partial<InstallSecrets>
    if (NAMES.every((name) => typeof stored[name] === "string" && stored[name]!.length >= 16)) return stored as InstallSecrets
  }
  const secrets = Object.fromEntries(NAMES.map((name) => [name, make[name]()])) as InstallSecrets
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })
  chmodSync(file, 0o600)
  return secrets
}

/**
 * The backend's secrets: the operator's (JWT_SECRET, COOKIE_SECRET or the
 * previous system's SECRET_KEY) when set, else this install's own.
 */
export function backendSecrets(env: NodeJS.ProcessEnv = process.env): Partial<Pick<InstallSecrets, "JWT_SECRET" | "COOKIE_SECRET">> {
  if ((env.JWT_SECRET && env.COOKIE_SECRET) || env.SECRET_KEY) return {}
  const own = installSecrets()
  return { JWT_SECRET: env.JWT_SECRET || own.JWT_SECRET, COOKIE_SECRET: env.COOKIE_SECRET || own.COOKIE_SECRET }
}

/** The demo accounts' password: OCP_DEMO_PASSWORD when set, else this install's own. */
export function demoPasswordOf(env: NodeJS.ProcessEnv = process.env): string {
  return env.OCP_DEMO_PASSWORD?.trim() || installSecrets().OCP_DEMO_PASSWORD
}
