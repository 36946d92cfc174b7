import type { ServicePoint } from "../../zoning/zone-types"

export type { Zone } from "../../zoning/zone-types"

/** GET /admin/stock-locations/:id/service-hours, as JSON. */
export type ServiceHours = Omit<ServicePoint, "closures"> & {
  closures: { starts_at: string; ends_at: string; reason?: string | null }[]
  is_open: boolean
  next_opening_at: string | null
}
