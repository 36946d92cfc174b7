import { existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from "node:fs"
import { join } from "node:path"
import { fingerprint, isFresh, stamp } from "./fingerprint"
import { backendSecrets } from "./install-secrets"
import { info } from "./output"
import { BACKEND, BACKEND_BUILD, PLUGINS, ROOT, STOREFRONT, UPLOADS } from "./paths"
import { run } from "./processes"

export const MEDUSA_BIN = join(ROOT, "node_modules", ".bin", "medusa")
export const NEXT_BIN = existsSync(join(STOREFRONT, "node_modules", ".bin", "next")) ? join(STOREFRONT, "node_modules", ".bin", "next") : join(ROOT, "node_modules", ".bin", "next")

const TSC_ALIAS_BIN = join(ROOT, "node_modules", ".bin", "tsc-alias")
const LOCKFILE = join(ROOT, "package-lock.json")
/** The types (and the one status-to-error-type mapping) the backend, the plugins and the storefront share. */
const API_TYPES = join(ROOT, "packages", "api-types", "src")

function pluginPrint(plugin: string): string {
  return fingerprint([join(plugin, "src"), join(plugin, "package.json"), join(plugin, "tsconfig.json"), LOCKFILE, API_TYPES])
}

/** `medusa plugin:build` for each plugin whose sources changed since its last build. */
export async function buildPlugins(options: { force?: boolean } = {}): Promise<void> {
  for (const plugin of PLUGINS) {
    const print = pluginPrint(plugin)
    const stampFile = join(plugin, ".medusa", "server", ".build-stamp")
    const name = plugin.split("/").pop()
    if (!options.force && isFresh(stampFile, print)) {
      info(`plugin ${name}: up to date`)
      continue
    }
    await run(MEDUSA_BIN, ["plugin:build"], { cwd: plugin, label: name, quiet: true })
    stamp(stampFile, print)
    info(`plugin ${name}: built`)
  }
}

/** What decides whether the database schema may need migrating. */
export function migrationsPrint(): string {
  return fingerprint(
    [
      LOCKFILE,
      ...PLUGINS.map((plugin) => join(plugin, "src", "modules")),
      ...PLUGINS.map((plugin) => join(plugin, "src", "links")),
      join(BACKEND, "src", "modules"),
      join(BACKEND, "src", "links"),
      join(BACKEND, "medusa-config.ts"),
    ],
    { REDIS_URL: process.env.REDIS_URL ? "redis" : "none" }
  )
}

/**
 * The environment of Medusa's one-off commands (exec, db:migrate, build): each
 * loads the configuration, whose settings want secrets in every mode but
 * development and test. `medusa exec` leaves NODE_ENV unset, so it runs as
 * development unless the operator chose a mode; a chosen mode other than
 * production (`NODE_ENV=demo npm start`) gets this install's secrets, as the
 * server it prepares does (scripts/lib/stack.ts). Production brings its own.
 */
function cliEnv(): NodeJS.ProcessEnv {
  const mode = process.env.NODE_ENV || "development"
  const production = mode === "production" || process.env.ENV?.toUpperCase() === "PRODUCTION"
  return { NODE_ENV: mode, ...(production || mode === "development" || mode === "test" ? {} : backendSecrets()) }
}

/** `medusa exec` of one of backend/src/scripts; its output shown only if it fails, unless `quiet: false`. */
export async function medusaExec(script: string, args: string[], label: string, options: { quiet?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  await run(MEDUSA_BIN, ["exec", `./src/scripts/${script}`, ...args], { cwd: BACKEND, label, quiet: options.quiet ?? true, env: { ...cliEnv(), ...options.env } })
}

export async function migrate(): Promise<void> {
  await run(MEDUSA_BIN, ["db:migrate"], { cwd: BACKEND, label: "migrate", quiet: true, env: cliEnv() })
}

/** `medusa build` (server + admin) when the backend, a plugin or an inlined setting changed. */
export async function buildBackend(options: { force?: boolean } = {}): Promise<boolean> {
  const print = fingerprint(
    [
      join(BACKEND, "src"),
      join(BACKEND, "demo-data"),
      join(BACKEND, "medusa-config.ts"),
      join(BACKEND, "package.json"),
      join(BACKEND, "tsconfig.json"),
      LOCKFILE,
      API_TYPES,
      ...PLUGINS.map((plugin) => join(plugin, "src")),
    ],
    { ADMIN_DISABLED: process.env.ADMIN_DISABLED }
  )
  const stampFile = join(BACKEND_BUILD, ".build-stamp")
  if (!options.force && isFresh(stampFile, print)) {
    info("backend: up to date")
    linkUploads(BACKEND_BUILD)
    return false
  }
  // linted by `npm run lint`, not again by every build
  await run(MEDUSA_BIN, ["build", "--no-lint"], { cwd: BACKEND, label: "medusa build", quiet: true, env: cliEnv() })
  // tsc leaves tsconfig's "@/" imports as written: turn them into relative paths in the build
  await run(TSC_ALIAS_BIN, ["-p", "tsconfig.json"], { cwd: BACKEND, label: "tsc-alias", quiet: true })
  stamp(stampFile, print)
  linkUploads(BACKEND_BUILD)
  info("backend: built")
  return true
}

/** `next build` when the storefront or an inlined setting changed. */
export async function buildStorefront(options: { force?: boolean } = {}): Promise<boolean> {
  const publicSettings = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith("NEXT_PUBLIC_")))
  const print = fingerprint([STOREFRONT, LOCKFILE, API_TYPES], publicSettings)
  const stampFile = join(STOREFRONT, ".next", ".build-stamp")
  if (!options.force && isFresh(stampFile, print)) {
    info("storefront: up to date")
    return false
  }
  // linted by `npm run lint` (the root ESLint config), not again by every build
  await run(NEXT_BIN, ["build", "--no-lint"], { cwd: STOREFRONT, label: "next build", quiet: true })
  stamp(stampFile, print)
  info("storefront: built")
  return true
}

/**
 * Medusa serves /static from its working folder, which `medusa build`
 * recreates: point that folder (and the development one) at the uploads
 * kept outside the build so that product pictures survive rebuilds.
 */
export function linkUploads(appDir: string): void {
  mkdirSync(UPLOADS, { recursive: true })
  const link = join(appDir, "static")
  if (existsSync(link) || isDanglingLink(link)) {
    if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === UPLOADS) return
    if (!lstatSync(link).isSymbolicLink()) {
      throw new Error(`${link} is a real folder; move its files to ${UPLOADS} and remove it.`)
    }
    rmSync(link)
  }
  mkdirSync(appDir, { recursive: true })
  symlinkSync(UPLOADS, link, "dir")
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false
    throw error
  }
}
