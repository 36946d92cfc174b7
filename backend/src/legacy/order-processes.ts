import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { spawn, type ChildProcess } from "node:child_process"
import { extname, join } from "node:path"
import type { ImportContext } from "./import-context"
import type { ReportPart } from "./import-report"
import { Commande } from "./source/entities"
import type { KeyShare } from "./source/legacy-source"

/** What a process writing a share of the orders is told (OCP_IMPORT_SHARE, JSON). */
export type OrderShare = { from: string; batchSize: number; keys: KeyShare }
export type FromShare = { done: number } | { part: ReportPart }

export const SHARE_VARIABLE = "OCP_IMPORT_SHARE"

/** This file's sibling script, as it is run here: TypeScript from the sources, JavaScript from a build. */
const IMPORT_SCRIPT = join(__dirname, "..", "scripts", `import-legacy${extname(__filename)}`)
/** Lines of a share's output kept to say why it failed. */
const TAIL_LINES = 30

/**
 * The order history written by `workers` processes at once, each a
 * `medusa exec` of the import script on this store's database with a share
 * of the old orders (order number modulo `workers`). Medusa writes an order
 * with a process's one core busy (about 5 ms each), so on a machine with
 * several cores the history goes that many times faster. Each process reads
 * the old database in a snapshot of its own, so all read the orders up to
 * the last number this run's read had: an order taken since is left for
 * the next run. Each reports its progress and, at the end, its part of the
 * report. One process failing stops the others: what they wrote is whole
 * pages, and the next run goes on from there.
 */
export async function importOrdersInProcesses(context: ImportContext, workers: number): Promise<void> {
  const { container, source, report } = context
  const upTo = await source.lastKey(Commande, "numero")
  const total = await source.count(Commande, "numero", { upTo })
  const databaseUrl = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.databaseUrl
  const done = new Array<number>(workers).fill(0)
  const children: ChildProcess[] = []
  context.log(`orders: ${workers} processes, a share each`)

  const runShare = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const share: OrderShare = { from: context.options.from, batchSize: context.options.batchSize, keys: { upTo, index, of: workers } }
      // a larger young generation: writing orders makes short-lived objects by the million
      const child = spawn(process.execPath, ["--max-semi-space-size=64", require.resolve("@medusajs/cli/cli.js"), "exec", IMPORT_SCRIPT], {
        cwd: process.cwd(),
        env: { ...process.env, DATABASE_URL: databaseUrl, [SHARE_VARIABLE]: JSON.stringify(share), OCP_IMPORT_ARGS: "", LOG_LEVEL: "error" },
        stdio: ["ignore", "pipe", "pipe", "ipc"],
      })
      children.push(child)
      const tail: string[] = []
      const keep = (chunk: Buffer) => {
        tail.push(...String(chunk).split("\n").filter(Boolean))
        tail.splice(0, Math.max(0, tail.length - TAIL_LINES))
      }
      child.stdout!.on("data", keep)
      child.stderr!.on("data", keep)
      let part: ReportPart | undefined
      child.on("message", (message: FromShare) => {
        if ("done" in message) {
          done[index] = message.done
          context.progress(
            "orders",
            done.reduce((sum, count) => sum + count, 0),
            total
          )
        } else part = message.part
      })
      child.once("error", reject)
      child.once("exit", (code, signal) => {
        // what it wrote, also when it failed or was stopped
        if (part) report.absorb(part)
        if (code === 0 && part) return resolve()
        reject(
          new MedusaError(
            MedusaError.Types.UNEXPECTED_STATE,
            `orders, process ${index + 1} of ${workers} stopped (${signal ?? `exit code ${code}`}); the orders it wrote are kept, run the import again to finish:\n${tail.join("\n")}`
          )
        )
      })
    })

  const shares = Array.from({ length: workers }, (_, index) => runShare(index))
  try {
    await Promise.all(shares)
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
    await Promise.allSettled(shares)
  }
}
