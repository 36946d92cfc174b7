import { execFileSync, spawn } from "node:child_process"
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { builtinModules } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { startTestDatabase, type Database } from "./lib/database"
import { freePort } from "./lib/free-port"
import { failureGist, runSuite, type Tally } from "./lib/jest-results"
import { info, phase } from "./lib/output"
import { ROOT } from "./lib/paths"
import { withClient } from "./lib/pg-client"
import { createFixtures, plainStoreSecrets, writePlainStore, type AdminAnswer, type PackedPackage } from "./lib/plain-store"
import { run, stopService, waitForHttp } from "./lib/processes"
import { mismatch, readExamples, readStoreFiles, storeFilesFor, toRequest } from "./lib/readme-examples"

/**
 * `npm run test:plugins`: the three plugins as another Medusa store gets
 * them. Each is packed (`npm pack`, checked to hold only what runs and to
 * pass `npm publish --dry-run`), installed from its tarball into a plain
 * Medusa 2.21.2 application written here (scripts/lib/plain-store.ts, no
 * code of OC Pizza's backend), migrated and started, alone and all three
 * together (then with the admin built and served); then every `curl`
 * example of its README runs against it and must answer what the README
 * says (scripts/lib/readme-examples.ts). Any 5xx fails.
 *
 * Needs the plugins built (`npm run build`). PostgreSQL: the server named by
 * DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, else a throw-away embedded one.
 */

const PLUGINS = ["recipes", "ingredient-stock", "delivery-zoning"] as const
type Plugin = (typeof PLUGINS)[number]

const RUNS: { name: string; plugins: readonly Plugin[]; admin: boolean }[] = [
  ...PLUGINS.map((plugin) => ({ name: plugin, plugins: [plugin], admin: false })),
  { name: "all three", plugins: PLUGINS, admin: true },
]

/** What a tarball must not carry: tests, sources' maps and build bookkeeping. */
const NOT_SHIPPED = /(__tests__|\.spec\.|\.test\.|\.build-stamp|tsbuildinfo|\.map$)/

const tally: Tally = { passed: 0, failed: 0, skipped: 0, failures: [] }

function check(name: string, failure: string | undefined): void {
  if (failure === undefined) {
    tally.passed++
    info(`✔ ${name}`)
  } else {
    tally.failed++
    tally.failures?.push(`${name}: ${failureGist(failure)}`)
    info(`✘ ${name}: ${failure}`)
  }
}

async function main(): Promise<Tally> {
  const work = mkdtempSync(join(tmpdir(), "ocp-plain-store-"))
  let database: Database | undefined
  try {
    const packed = await phase("pack the plugins as npm publishes them", async () => pack(join(work, "tarballs")))
    const app = join(work, "store")
    mkdirSync(app, { recursive: true })
    writePlainStore(app, packed)
    const installed = await phase("install them into a plain Medusa 2.21.2 store", () =>
      run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: app, label: "npm install", quiet: true }).then(
        () => undefined,
        (error: Error) => error.message
      )
    )
    check("the plain store installs the tarballs", installed)
    if (installed) return tally

    if (!process.env.DB_HOST) database = await phase("test database", () => startTestDatabase())
    // OCP_PLAIN_RUNS="recipes,all three" runs only those (while writing a README's examples)
    const chosen = process.env.OCP_PLAIN_RUNS?.split(",")
    for (const config of RUNS.filter((candidate) => !chosen || chosen.includes(candidate.name))) {
      await phase(`plain store with ${config.name}`, () => runStore(app, config))
    }
  } finally {
    await database?.stop()
    // OCP_KEEP_PLAIN_STORE=1 keeps the store and its tarballs to look into
    if (!process.env.OCP_KEEP_PLAIN_STORE) rmSync(work, { recursive: true, force: true })
    else info(`kept in ${work}`)
  }
  return tally
}

function pack(destination: string): PackedPackage[] {
  mkdirSync(destination, { recursive: true })
  const packed: PackedPackage[] = []
  for (const workspace of ["packages/api-types", ...PLUGINS.map((plugin) => `plugins/${plugin}`)]) {
    const [report] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", destination, "-w", workspace], { cwd: ROOT, encoding: "utf8" })) as {
      name: string
      filename: string
      files: { path: string }[]
    }[]
    const extra = report.files.map((file) => file.path).filter((path) => NOT_SHIPPED.test(path))
    check(`${report.name}: the tarball holds only what runs`, extra.length ? `it also holds ${extra.join(", ")}` : undefined)
    const undeclared = undeclaredImports(
      join(ROOT, workspace),
      report.files.map((file) => file.path)
    )
    check(`${report.name}: every package its code imports is a dependency or a peer`, undeclared.length ? `not declared: ${undeclared.join(", ")}` : undefined)
    const dryRun = (() => {
      try {
        execFileSync("npm", ["publish", "--dry-run", "--access", "public", "-w", workspace], { cwd: ROOT, encoding: "utf8", stdio: "pipe" })
        return undefined
      } catch (error) {
        return String((error as { stderr?: string }).stderr ?? error)
          .split("\n")
          .slice(-8)
          .join(" ")
      }
    })()
    check(`${report.name}: npm publish --dry-run`, dryRun)
    packed.push({ name: report.name, tarball: join(destination, report.filename.replace(/^@/, "").replace(/\//, "-")) })
  }
  for (const { tarball } of packed) if (!existsSync(tarball)) throw new Error(`npm pack wrote no ${tarball} (${readdirSync(destination).join(", ")})`)
  return packed
}

/** Packages the shipped JavaScript requires or imports that package.json declares neither as dependency nor as peer. */
function undeclaredImports(workspace: string, files: string[]): string[] {
  const manifest = JSON.parse(readFileSync(join(workspace, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})])
  const imported = new Set<string>()
  for (const file of files.filter((path) => /\.(c|m)?js$/.test(path))) {
    const code = readFileSync(join(workspace, file), "utf8")
    // require("x") and import("x") anywhere, `import … from "x"` and `export … from "x"` as statements (not SQL's FROM "table")
    for (const [, specifier] of code.matchAll(/(?:require\(|import\(|^\s*(?:import|export)\s[^;"]*?from\s*)"([^"./][^"]*)"/gm)) {
      if (specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0])) continue
      imported.add(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0])
    }
  }
  return [...imported].filter((name) => !declared.has(name)).sort()
}

async function runStore(app: string, config: (typeof RUNS)[number]): Promise<void> {
  const databaseName = `plain_store_${config.name.replace(/\W+/g, "_")}_${process.pid}`
  const { DB_HOST, DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
  const server = `postgres://${encodeURIComponent(DB_USERNAME)}:${encodeURIComponent(DB_PASSWORD)}@${DB_HOST}:${DB_PORT}`
  await withClient(`${server}/postgres`, (client) => client.query(`CREATE DATABASE ${databaseName}`))
  const secrets = plainStoreSecrets()
  const port = await freePort()
  const env = {
    DATABASE_URL: `${server}/${databaseName}`,
    JWT_SECRET: secrets.JWT_SECRET,
    COOKIE_SECRET: secrets.COOKIE_SECRET,
    PLAIN_PLUGINS: config.plugins.join(","),
    PLAIN_ADMIN: config.admin ? "on" : "off",
    PORT: String(port),
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  const medusa = join(app, "node_modules", ".bin", "medusa")
  const step = async (name: string, command: string[], cwd = app) =>
    run(medusa, command, { cwd, env, label: name, quiet: true }).then(
      () => undefined,
      (error: Error) => error.message
    )
  const label = `[${config.name}]`
  // the files the READMEs tell a store to add (hooks, middlewares), as a developer following them would
  rmSync(join(app, "src"), { recursive: true, force: true })
  let files: Map<string, string>
  try {
    files = storeFilesFor(config.plugins, (plugin) => readStoreFiles(join(ROOT, "plugins", plugin, "README.md")))
  } catch (error) {
    return check(`${label} the files the READMEs give`, (error as Error).message)
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(app, path)), { recursive: true })
    writeFileSync(join(app, path), content)
  }
  try {
    const migrated = await step("migrate", ["db:migrate"])
    check(`${label} medusa db:migrate`, migrated)
    if (migrated) return
    check(`${label} medusa user`, await step("user", ["user", "-e", "admin@plain-store.test", "-p", secrets.ADMIN_PASSWORD]))
    // with the admin: built, then served as production serves it, from the build
    let cwd = app
    if (config.admin) {
      const built = await step("build", ["build"])
      check(`${label} medusa build (the plugins' admin pages bundled)`, built)
      if (built) return
      cwd = join(app, ".medusa", "server")
    }
    // its log goes to a file, shown when something fails
    const log = join(app, `${databaseName}.log`)
    const output = openSync(log, "w")
    const child = spawn(medusa, ["start"], {
      cwd,
      env: { ...process.env, ...env, NODE_ENV: config.admin ? "production" : "development" },
      stdio: ["ignore", output, output],
      detached: true,
    })
    const failedBefore = tally.failed
    try {
      const started = await waitForHttp(`http://127.0.0.1:${port}/health`, 90_000, () => child.exitCode !== null).then(
        () => undefined,
        (error: Error) => error.message
      )
      check(`${label} medusa start`, started)
      if (started) return
      if (config.admin) {
        const page = await fetch(`http://127.0.0.1:${port}/app/`)
        check(`${label} the admin is served`, page.ok ? undefined : `GET /app/ answered ${page.status}`)
      }
      await runExamples(`http://127.0.0.1:${port}`, config, secrets.ADMIN_PASSWORD)
    } finally {
      await stopService(child)
      closeSync(output)
      if (tally.failed > failedBefore) console.log(readFileSync(log, "utf8").split("\n").slice(-40).join("\n"))
    }
  } finally {
    await withClient(`${server}/postgres`, (client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`))
  }
}

async function runExamples(base: string, config: (typeof RUNS)[number], password: string): Promise<void> {
  const login = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@plain-store.test", password }),
  })
  const { token } = (await login.json()) as { token: string }
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const answer = (await response.json()) as AdminAnswer
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`)
    return answer
  }
  const variables: Record<string, string> = { AUTH: `authorization: Bearer ${token}`, ...(await createFixtures(admin)) }
  for (const plugin of config.plugins) {
    const readme = join(ROOT, "plugins", plugin, "README.md")
    for (const example of readExamples(readme)) {
      let name = `[${config.name}] plugins/${plugin}/README.md:${example.line}`
      let failure: string | undefined
      try {
        const request = toRequest(example.command, variables)
        name += ` ${request.method} ${request.path.split("?")[0]} → ${example.status}`
        const response = await fetch(`${base}${request.path}`, { method: request.method, headers: request.headers, body: request.body })
        const text = await response.text()
        const body = text ? JSON.parse(text) : undefined
        const summary = `${request.method} ${request.path}`
        if (response.status !== example.status) failure = `${summary} answered ${response.status}, the README says ${example.status}: ${text.slice(0, 400)}`
        else if (example.body !== undefined) {
          const why = mismatch(example.body, body, variables)
          if (why) failure = `${summary}: ${why}`
        }
      } catch (error) {
        failure = (error as Error).message
      }
      check(name, failure)
    }
  }
}

runSuite("plugins-standalone", "Plugins in a plain Medusa store", main)
