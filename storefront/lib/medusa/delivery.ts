import "server-only"
import type { AddressSuggestions, DeliveryResolution } from "@oc-pizza/api-types"
import { storeApi } from "./client"

/** Sent in parts, an address is placed the way checkout will place it (same cache, gazetteer and geocoder query). */
export type StructuredAddress = { address_1: string; postal_code: string; city: string; country_code: "fr" }

/** What resolve reads: an address (one line or in parts), a postcode, coordinates, or an address with the coordinates its suggestion came with. */
export type DeliveryWhere = { address?: string | StructuredAddress; postal_code?: string; lat?: number; lng?: number }

/** The zoning plugin's answer, with the pizzeria that delivers: OC Pizza's pizzeria is the plugin's stock location. */
export type PizzeriaDelivery = DeliveryResolution & { pizzeria_id: string }

/** Which pizzeria delivers here, for how much and how soon; refusals (not found, ambiguous, outside every zone, closed) arrive as StoreApiError. */
export async function resolveDelivery(where: DeliveryWhere, subtotal?: number): Promise<PizzeriaDelivery> {
  const resolution = await storeApi<DeliveryResolution>("/store/delivery-zones/resolve", { method: "POST", body: { ...where, subtotal }, token: null })
  return { ...resolution, pizzeria_id: resolution.stock_location_id }
}

/** The addresses the typed text may be, best first (the backend caches them); nobody's personal data, so no customer token. */
export function suggestAddresses(q: string, limit: number): Promise<AddressSuggestions> {
  return storeApi<AddressSuggestions>("/store/delivery-zones/suggestions", { query: { q, limit }, token: null })
}
