import "server-only"
import type { DeliveryResolution } from "@oc-pizza/api-types"
import { storeApi } from "./client"

/** Sent in parts, an address is placed the way checkout will place it (same cache, gazetteer and geocoder query). */
export type StructuredAddress = { address_1: string; postal_code: string; city: string; country_code: "fr" }

/** Which pizzeria delivers here, for how much and how soon; refusals (outside every zone, closed) arrive as StoreApiError. */
export function resolveDelivery(where: { address: string | StructuredAddress } | { lat: number; lng: number }, subtotal?: number): Promise<DeliveryResolution> {
  return storeApi<DeliveryResolution>("/store/delivery-zones/resolve", { method: "POST", body: { ...where, subtotal }, token: null })
}
