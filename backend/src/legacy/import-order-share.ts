import type { MedusaContainer } from "@medusajs/framework/types"
import { ImportReport } from "./import-report"
import type { FromShare, OrderShare } from "./order-processes"
import { runLegacyImport } from "./run-legacy-import"

/**
 * In a process started by importOrdersInProcesses: its share of the orders,
 * its progress and report sent to the run that started it, the report also
 * when it fails or is stopped, so that the run's report counts what it
 * wrote. It stops if that run is gone (whose lock kept other imports away):
 * a page half-written is finished by the next run.
 */
export async function importOrderShare(container: MedusaContainer, share: OrderShare): Promise<void> {
  if (!process.connected) process.exit(1)
  process.once("disconnect", () => process.exit(1))
  const send = (message: FromShare) => new Promise<void>((resolve) => (process.connected ? process.send!(message, () => resolve()) : resolve()))
  const report = new ImportReport(false)
  process.once("SIGTERM", () => void send({ part: report.part() }).then(() => process.exit(1)))
  try {
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
        share: share.keys,
        log: () => undefined,
        progress: (_entity, done) => void send({ done }),
      },
      report
    )
  } finally {
    await send({ part: report.part() })
  }
}
