import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readFileSync } from "node:fs"
import { parseImportArguments } from "../legacy/import-arguments"
import { ImportReport } from "../legacy/import-report"
import { importOrderShare } from "../legacy/import-order-share"
import { SHARE_VARIABLE, type OrderShare } from "../legacy/order-processes"
import { runLegacyImport } from "../legacy/run-legacy-import"

/**
 * `medusa exec ./src/scripts/import-legacy.ts --from mysql://… [options]`:
 * the previous system's database into this store (`npm run import:legacy`
 * at the repository's root starts the database first). Prints progress and
 * the counts; writes the report (JSON and text). Medusa's command line takes
 * every `--option` for its own, so they come in OCP_IMPORT_ARGS (a JSON
 * list, set by the root script) when not as plain arguments. Started by
 * the import itself with OCP_IMPORT_SHARE, it writes a share of the orders.
 */
export default async function importLegacy({ container, args }: ExecArgs): Promise<void> {
  // a process the import started for a share of the orders (legacy/order-processes.ts)
  const share = process.env[SHARE_VARIABLE]
  if (share) return importOrderShare(container, JSON.parse(share) as OrderShare)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const given = process.env.OCP_IMPORT_ARGS ? (JSON.parse(process.env.OCP_IMPORT_ARGS) as string[]) : args
  const run = parseImportArguments(given, (path) => readFileSync(path, "utf8"))
  const log = (line: string) => logger.info(line)
  const report = new ImportReport(run.dryRun)
  try {
    await runLegacyImport(container, { ...run, log }, report)
  } finally {
    // what was done is reported even when a part failed (its error follows)
    const files = report.write(run.reportPath)
    logger.info(`\n${report.table()}\n\n${report.setAside.length} row(s) set aside, ${report.warnings.length} to check: ${files.text} (every row: ${files.json})`)
  }
}
