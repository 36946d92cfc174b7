import { Client, Status, TravelMode } from "@googlemaps/google-maps-services-js"
import { MedusaError } from "@medusajs/framework/utils"
import type { AddressSuggestion } from "@oc-pizza/api-types"
import type { LatLng } from "../geo/geometry"

/**
 * The two Google Maps Platform calls the plugin makes. No automatic retries:
 * a customer waiting at checkout is better served by the fallback than by
 * back-off, so one call gets `timeoutMs` and that is all. The deadline is an
 * abort signal, not only axios' `timeout`, which starts once a socket exists
 * and so never fires while DNS or the connection hangs.
 */
export type GooglePlace = { point: LatLng; postal_code: string | undefined; formatted_address: string; address_1: string | null; city: string | null }
export type GoogleGeocode = ({ status: "found" } & GooglePlace & { others: GooglePlace[] }) | { status: "zero_results" }

const client = new Client({ config: { raxConfig: { retry: 0, noResponseRetries: 0 } } })

type Component = { long_name: string; types: string[] }
const component = (components: Component[], type: string) => components.find((part) => part.types.some((each) => each === type))?.long_name

/** Every result Google gives for the address, best first (`others` holds the rest, for ambiguity and suggestions). */
export async function googleGeocode(address: string, key: string, timeoutMs: number, region?: string): Promise<GoogleGeocode> {
  const { data } = await client.geocode({ params: { address, key, region }, timeout: timeoutMs, signal: AbortSignal.timeout(timeoutMs) })
  if (data.status === Status.ZERO_RESULTS || data.results.length === 0) return { status: "zero_results" }
  if (data.status !== Status.OK) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Google geocoding answered ${data.status}: ${data.error_message ?? ""}`)
  const places = data.results.map((result): GooglePlace => {
    const components = result.address_components as unknown as Component[]
    const number = component(components, "street_number")
    const route = component(components, "route")
    return {
      point: { lat: result.geometry.location.lat, lng: result.geometry.location.lng },
      postal_code: component(components, "postal_code"),
      formatted_address: result.formatted_address,
      address_1: route ? [number, route].filter(Boolean).join(" ") : null,
      city: component(components, "locality") ?? null,
    }
  })
  const [best, ...others] = places
  return { status: "found", ...best, others }
}

/** Road distance and driving time between two points, or undefined when Google has no route. */
export async function googleRoadDistance(from: LatLng, to: LatLng, key: string, timeoutMs: number): Promise<{ distance_m: number; duration_s: number } | undefined> {
  const { data } = await client.distancematrix({
    params: { origins: [from], destinations: [to], key, mode: TravelMode.driving },
    timeout: timeoutMs,
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (data.status !== Status.OK) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Google Distance Matrix answered ${data.status}: ${data.error_message ?? ""}`)
  const element = data.rows[0]?.elements[0]
  if (!element || element.status !== Status.OK) return undefined
  return { distance_m: element.distance.value, duration_s: element.duration.value }
}

/** A Google result as the address search and an ambiguous address's candidates show it. */
export function suggestionOfGooglePlace(place: GooglePlace): AddressSuggestion {
  return {
    label: place.formatted_address,
    address_1: place.address_1,
    postal_code: place.postal_code ?? null,
    city: place.city,
    lat: place.point.lat,
    lng: place.point.lng,
    source: "google",
  }
}
