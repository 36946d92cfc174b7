import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { groupBy } from "./group-by"

export const IMPORT_ENTITIES = ["pizzerias", "ingredients", "stock", "pizzas", "recipes", "customers", "addresses", "staff", "orders"] as const
export type ImportEntity = (typeof IMPORT_ENTITIES)[number]
export type Tally = { read: number; created: number; updated: number; unchanged: number; set_aside: number }

/** What a process writing a share of the orders did, for the run that started it (order-processes.ts). */
export type ReportPart = { tallies: Partial<Record<ImportEntity, Tally>>; setAside: ReportedRow[]; warnings: ReportedRow[]; sourceStatements: string[] }

/** A source row not imported (or imported with a warning): where it is in the old database, and why, in words. */
export type ReportedRow = { table: string; key: string; reason: string; detail: string }

/**
 * What one run did: counts per entity, every row set aside with its reason,
 * and the rows imported with something to check (a pizza without recipe, a
 * duplicate e-mail merged). Written as JSON and as a summary a person reads.
 */
export class ImportReport {
  readonly tallies = Object.fromEntries(IMPORT_ENTITIES.map((entity) => [entity, { read: 0, created: 0, updated: 0, unchanged: 0, set_aside: 0 }])) as Record<ImportEntity, Tally>
  readonly setAside: ReportedRow[] = []
  readonly warnings: ReportedRow[] = []
  readonly startedAt = new Date()
  readonly seconds: Partial<Record<ImportEntity, number>> = {}
  /** Every SQL statement sent to the old database (reads only): what was read, for an audit. */
  readonly sourceStatements: string[] = []

  constructor(readonly dryRun: boolean) {}

  read(entity: ImportEntity, rows = 1): void {
    this.tallies[entity].read += rows
  }

  /** A row written (or, in a dry run, that would be): created, updated, or found as it already is. */
  outcome(entity: ImportEntity, outcome: "created" | "updated" | "unchanged", rows = 1): void {
    this.tallies[entity][outcome] += rows
  }

  /** A row not imported: one bad row never stops the import. */
  setAsideRow(entity: ImportEntity, row: ReportedRow): void {
    this.tallies[entity].set_aside++
    this.setAside.push(row)
  }

  warn(row: ReportedRow): void {
    this.warnings.push(row)
  }

  /** What this run did, to be added to another's report. */
  part(): ReportPart {
    return { tallies: this.tallies, setAside: this.setAside, warnings: this.warnings, sourceStatements: this.sourceStatements }
  }

  /** Another process's part of this run, added to it. */
  absorb(part: ReportPart): void {
    for (const [entity, tally] of Object.entries(part.tallies) as [ImportEntity, Tally][]) {
      for (const count of Object.keys(tally) as (keyof Tally)[]) this.tallies[entity][count] += tally[count]
    }
    this.setAside.push(...part.setAside)
    this.warnings.push(...part.warnings)
    this.sourceStatements.push(...part.sourceStatements)
  }

  /** The counts as a table: one line per entity. */
  table(): string {
    const header = "entity      |    read | created | updated | unchanged | set aside"
    const lines = IMPORT_ENTITIES.map((entity) => {
      const tally = this.tallies[entity]
      return `${entity.padEnd(11)} | ${String(tally.read).padStart(7)} | ${String(tally.created).padStart(7)} | ${String(tally.updated).padStart(7)} | ${String(tally.unchanged).padStart(9)} | ${String(tally.set_aside).padStart(9)}`
    })
    return [header, ...lines].join("\n")
  }

  /** What a person reads first: the counts, then each reason with how many rows and a few keys. */
  summary(): string {
    const byReason = (rows: ReportedRow[]) => {
      const groups = groupBy(rows, (row) => `${row.table}: ${row.reason}`)
      return [...groups].map(
        ([reason, group]) =>
          `  ${reason} — ${group.length} row(s), e.g. ${group
            .slice(0, 5)
            .map((row) => `${row.key} (${row.detail})`)
            .join("; ")}`
      )
    }
    return [
      `Import from the previous system${this.dryRun ? " — DRY RUN: nothing was written" : ""}, started ${this.startedAt.toISOString()}`,
      "",
      this.table(),
      "",
      `Set aside (${this.setAside.length}):`,
      ...(this.setAside.length ? byReason(this.setAside) : ["  none"]),
      "",
      `Imported, to check (${this.warnings.length}):`,
      ...(this.warnings.length ? byReason(this.warnings) : ["  none"]),
    ].join("\n")
  }

  /** `<path>` (JSON, every row) and `<path without .json>.txt` (the summary). */
  write(path: string): { json: string; text: string } {
    mkdirSync(dirname(path), { recursive: true })
    const text = path.replace(/\.json$/, "") + ".txt"
    writeFileSync(
      path,
      JSON.stringify(
        {
          dry_run: this.dryRun,
          started_at: this.startedAt,
          seconds: this.seconds,
          counts: this.tallies,
          set_aside: this.setAside,
          warnings: this.warnings,
          source_statements: [...new Set(this.sourceStatements)],
        },
        null,
        2
      )
    )
    writeFileSync(text, this.summary() + "\n")
    return { json: path, text }
  }
}
