import type { ServicePoint } from "../../zoning/zone-types"

export type { Zone } from "../../zoning/zone-types"

/** GET /admin/stock-locations/:id/service-hours, as JSON. */
export type ServiceHours = Omit<ServicePoint, "closures"> & {
  closures: { starts_at: string; ends_at: string; reason?: string | null }[]
  is_open: boolean
  next_opening_at: string | null
}

/** GET /admin/delivery-zones/map-config, as JSON. */
export type MapConfig = { google_maps_browser_key: string | null; tile_url: string; tile_attribution: string }

/** Where the open map's background comes from: a tile URL template and the credit its licence asks for. */
export type MapTiles = { url: string; attribution: string }
