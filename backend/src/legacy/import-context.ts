import type { MedusaContainer } from "@medusajs/framework/types"
import type { ImportEntity, ImportReport } from "./import-report"
import type { KeyShare, LegacySource } from "./source/legacy-source"
import type { RoleMapping } from "./role-mapping"

/** Who wrote what the import wrote: the stock ledger's actor, the customers' `created_by` (fields no customer can set). */
export const LEGACY_IMPORT_ACTOR = "legacy-import"

/** A menu size made from the old system's one price: its title and the factor applied to the price and to the recipe's quantities. */
export type SizeRule = { title: string; factor: number }

export type ImportOptions = {
  /** the old database: mysql://user:password@host:3306/database */
  from: string
  dryRun: boolean
  /** the parts to import; the others are read from what an earlier run imported */
  only: ImportEntity[]
  /** the sizes each pizza gets (one "Taille unique" by default) */
  sizes: SizeRule[]
  /** job titles → roles, and the domain of the staff's e-mails */
  roles: RoleMapping | null
  /** an invitation e-mail to each imported staff member */
  invite: boolean
  /** a pizzeria's position (legacy id → point) where the geocoder cannot place its address */
  positions: Record<string, { lat: number; lng: number }>
  /** rows per batch for the large tables */
  batchSize: number
  /** processes writing the order history at once (each a share of the orders) */
  workers: number
  /** in one of those processes: its share of the orders */
  share?: KeyShare
}

export type ImportContext = {
  container: MedusaContainer
  source: LegacySource
  report: ImportReport
  options: ImportOptions
  progress: (entity: ImportEntity, done: number, total: number) => void
  log: (line: string) => void
}

/** The id a dry run gives what it would create (`dry-run:<table>:<key>`): nothing by that id exists to read. */
export const isDryRunId = (id: string | null | undefined) => Boolean(id?.startsWith("dry-run:"))

/** Where an old record lives now, found by the key kept on the new one (`metadata.legacy`). */
export type ImportedPizzeria = { locationId: string; salesChannelId: string; name: string }
export type ImportedPizza = { productId: string; title: string; variants: { id: string; title: string; factor: number; sku: string }[]; channelIds?: string[] }

/** The legacy key kept on every imported record: its table and primary key in the old database. */
export type LegacyKey = { table: string; id: number | string }

export function legacyKeyOf(metadata: unknown): LegacyKey | null {
  const legacy = (metadata as { legacy?: unknown } | null | undefined)?.legacy as Partial<LegacyKey> | undefined
  return legacy && typeof legacy.table === "string" && legacy.id !== undefined ? { table: legacy.table, id: legacy.id } : null
}
