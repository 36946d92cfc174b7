import "server-only"
import { storeApi } from "./client"

/** Sent in parts, an address is placed the way checkout will place it (same cache, gazetteer and geocoder query). */
export type StructuredAddress = { address_1: string; postal_code: string; city: string; country_code: "fr" }

export type Resolution = {
  pizzeria_id: string
  sales_channel_id: string | null
  fee: number
  min_order: number
  free_delivery_threshold: number | null
  eta_minutes: number
  formatted_address: string | null
}

/** Which pizzeria delivers here, for how much and how soon; refusals (outside every zone, closed) arrive as StoreApiError. */
export function resolveDelivery(where: { address: string | StructuredAddress } | { lat: number; lng: number }, subtotal?: number): Promise<Resolution> {
  return storeApi<Resolution>("/store/delivery-zones/resolve", { method: "POST", body: { ...where, subtotal }, token: null })
}
