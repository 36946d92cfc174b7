/** The admin API on the admin's own origin, with the session cookie; a refusal becomes an Error with the API's message. */
export async function adminApi<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await response.json()
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)
  return body as T
}

import type { ServicePoint } from "../../zoning/zone-types"

export type { Zone } from "../../zoning/zone-types"

/** GET /admin/stock-locations/:id/service-hours, as JSON. */
export type ServiceHours = Omit<ServicePoint, "closures"> & {
  closures: { starts_at: string; ends_at: string; reason?: string | null }[]
  is_open: boolean
  next_opening_at: string | null
}
