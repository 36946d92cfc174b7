import { cookies } from "next/headers"
import "server-only"
import { cookieOptions } from "./cookie-options"

export type DeliveryAddress = { address_1: string; postal_code: string; city: string }

/** How the customer gets their pizzas: delivered to an address (resolved to its pizzeria, fee and minimum), or picked up. */
export type Place =
  | {
      mode: "delivery"
      pizzeria_id: string
      address: DeliveryAddress | null
      /** Browser coordinates when the customer used their location. */
      point: { lat: number; lng: number } | null
      label: string
      fee: number
      min_order: number
      free_delivery_threshold: number | null
      eta_minutes: number
    }
  | { mode: "pickup"; pizzeria_id: string }

const PLACE_COOKIE = "ocp_place"

export async function currentPlace(): Promise<Place | null> {
  const raw = (await cookies()).get(PLACE_COOKIE)?.value
  if (!raw) return null
  try {
    const place = JSON.parse(raw) as Place
    return place.mode === "delivery" || place.mode === "pickup" ? place : null
  } catch {
    // a cookie from an older shop, or edited by hand: the customer chooses again
    return null
  }
}

export async function rememberPlace(place: Place): Promise<void> {
  ;(await cookies()).set(PLACE_COOKIE, JSON.stringify(place), await cookieOptions(30))
}
