import { resolve } from "node:path"
import { migrateIfNeeded, prepareWorkspace, startDatabase } from "./lib/bootstrap"
import { loadRootEnv } from "./lib/env"
import { medusaExec } from "./lib/medusa"
import { elapsed, phase } from "./lib/output"

/**
 * `npm run import:legacy -- --from mysql://… [--dry-run] [--only …] [--roles file] …`:
 * the previous system's database into this store's (embedded unless
 * DATABASE_URL is set). The options are the backend script's
 * (backend/src/legacy/import-arguments.ts); files are read from where the
 * command is run.
 */
loadRootEnv()

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  // paths given relative to where the operator stands, read by a process that runs in backend/
  const pathOptions = new Set(["--roles", "--positions", "--report"])
  const absolute = args.map((arg, index) => (pathOptions.has(args[index - 1]) ? resolve(process.cwd(), arg) : arg))
  if (!args.includes("--report")) absolute.push("--report", resolve(process.cwd(), `import-report-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.json`))
  const database = await startDatabase()
  try {
    await prepareWorkspace()
    await migrateIfNeeded(database.url)
    await phase("import", () => medusaExec("import-legacy.ts", [], "import", { quiet: false, env: { OCP_IMPORT_ARGS: JSON.stringify(absolute) } }))
  } finally {
    await database.stop()
  }
  console.log(`\nDone in ${elapsed()}.`)
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
