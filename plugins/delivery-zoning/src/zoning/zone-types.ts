import type { GeoJsonPolygon, LatLng } from "../geo/geometry"
import type { ServiceHours } from "../service-hours/service-hours"

/** A zone as the resolver reads it (amounts as numbers in the currency's main unit). */
export type Zone = {
  id: string
  stock_location_id: string
  name: string
  kind: "polygon" | "radius" | "postcodes"
  polygon: GeoJsonPolygon | null
  center_lat: number | null
  center_lng: number | null
  radius_km: number | null
  postal_codes: string[]
  fee: number
  min_order: number
  free_delivery_threshold: number | null
  eta_base_minutes: number
  is_active: boolean
  priority: number
}

/** Where a location stands and when it serves. */
export type ServicePoint = ServiceHours & { stock_location_id: string; location: LatLng }

/** What is known of the place to deliver: a point, a postcode, or both. */
export type DeliveryPlace = { point?: LatLng; postal_code?: string }
