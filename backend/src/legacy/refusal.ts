import type { ReportedRow } from "./import-report"

/** A row a workflow refused, for the report: the refusal's code as the reason (else "refused"), its message as the detail. */
export function refusal(table: string, key: string, error: unknown): ReportedRow {
  const coded = error as { code?: unknown; message?: unknown } | null
  const code = typeof coded?.code === "string" && /^[a-z_]+$/.test(coded.code) ? coded.code : "refused"
  return { table, key, reason: code, detail: typeof coded?.message === "string" ? coded.message : String(error) }
}
