import { MedusaError } from "@medusajs/framework/utils"
import { availableParallelism } from "node:os"
import { IMPORT_PARTS, type ImportPart, type LegacyImportRun } from "./run-legacy-import"
import { parseRoleMapping } from "./role-mapping"
import type { SizeRule } from "./import-context"

export type ImportArguments = Omit<LegacyImportRun, "log"> & { reportPath: string }

export const IMPORT_USAGE = `npm run import:legacy -- --from mysql://user:password@host:3306/database [--dry-run] [--only ${IMPORT_PARTS.join(",")}]
  [--roles roles.json] [--invite] [--sizes "S:0.8,M:1,L:1.3"] [--positions positions.json] [--report import-report.json] [--batch 500] [--workers N]`

/** "S:0.8,M:1,L:1.3": each size's title and the factor applied to the old price and to the recipe's quantities. */
export function parseSizes(text: string): SizeRule[] {
  const sizes = text.split(",").map((part) => {
    const [title, factor] = part.split(":").map((value) => value.trim())
    if (!title || !(Number(factor) > 0)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `--sizes: "${part}" is not a size such as M:1 (a title and a factor above 0)`)
    return { title, factor: Number(factor) }
  })
  if (new Set(sizes.map((size) => size.title)).size !== sizes.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "--sizes: each size once")
  return sizes
}

/** The command's arguments, checked; a wrong one stops before anything is read, saying which. */
export function parseImportArguments(args: string[], readText: (path: string) => string): ImportArguments {
  const value = (name: string): string | undefined => {
    const at = args.indexOf(`--${name}`)
    if (at === -1) return undefined
    const given = args[at + 1]
    if (given === undefined || given.startsWith("--")) throw new MedusaError(MedusaError.Types.INVALID_DATA, `--${name} needs a value.\n${IMPORT_USAGE}`)
    return given
  }
  const known = new Set(["--from", "--dry-run", "--only", "--roles", "--invite", "--sizes", "--positions", "--report", "--batch", "--workers"])
  const unknown = args.filter((arg) => arg.startsWith("--") && !known.has(arg))
  if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown option ${unknown.join(", ")}.\n${IMPORT_USAGE}`)
  const from = value("from")
  if (!from || !/^mysql:\/\//.test(from)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `--from mysql://… is required: the previous system's database.\n${IMPORT_USAGE}`)
  const only = (value("only") ?? IMPORT_PARTS.join(",")).split(",").map((part) => part.trim()) as ImportPart[]
  const wrong = only.filter((part) => !IMPORT_PARTS.includes(part))
  if (wrong.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `--only: ${wrong.join(", ")} is not one of ${IMPORT_PARTS.join(", ")}.`)
  const rolesPath = value("roles")
  const positionsPath = value("positions")
  const positions = positionsPath ? (JSON.parse(readText(positionsPath)) as Record<string, { lat: number; lng: number }>) : {}
  for (const [key, point] of Object.entries(positions)) {
    if (!(Number.isFinite(point?.lat) && Number.isFinite(point?.lng)))
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `--positions: pizzeria ${key} needs { "lat": …, "lng": … }`)
  }
  const batchSize = Number(value("batch") ?? 500)
  if (!(Number.isInteger(batchSize) && batchSize > 0 && batchSize <= 5000)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "--batch: a whole number of rows from 1 to 5000")
  // one process per core writes the order history (Medusa's order writing is bound by a process's one core)
  const workers = Number(value("workers") ?? Math.min(4, availableParallelism()))
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 16)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "--workers: a whole number of processes from 1 to 16")
  return {
    from,
    dryRun: args.includes("--dry-run"),
    only,
    roles: rolesPath ? parseRoleMapping(JSON.parse(readText(rolesPath))) : null,
    invite: args.includes("--invite"),
    sizes: parseSizes(value("sizes") ?? "Taille unique:1"),
    positions,
    batchSize,
    workers,
    reportPath: value("report") ?? `import-report-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.json`,
  }
}
