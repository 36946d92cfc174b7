import type { MedusaContainer } from "@medusajs/framework/types"
import { ImportReport } from "./import-report"
import type { FromShare, OrderShare } from "./order-processes"
import { runLegacyImport } from "./run-legacy-import"
import type { KeyShare } from "./source/legacy-source"

/**
 * In a process started by importOrdersInProcesses: its share of the orders,
 * its progress and report sent to the run that started it. It stops if that
 * run dies (a page half-written is finished by the next run).
 */
export async function importOrderShare(container: MedusaContainer, share: OrderShare): Promise<void> {
  const send = (message: FromShare) => process.send?.(message)
  process.once("disconnect", () => process.exit(1))
  const report = new ImportReport(false)
  await runLegacyImport(
    container,
    {
      from: share.from,
      dryRun: false,
      only: ["orders"],
      roles: null,
      invite: false,
      sizes: [],
      positions: {},
      batchSize: share.batchSize,
      workers: 1,
      share: { upTo: share.upTo, index: share.index, of: share.of } satisfies KeyShare,
      log: () => undefined,
      progress: (_entity, done) => send({ done }),
    },
    report
  )
  await new Promise<void>((resolve) => (process.send ? process.send({ part: report.part() } satisfies FromShare, () => resolve()) : resolve()))
}
