import type { Logger } from "@medusajs/framework/types"
import { postcodeInAddress } from "../geo/postcode"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"
import type { DeliveryPlace } from "../zoning/zone-types"
import { googleGeocode } from "./google-maps"
import { normalizeAddress } from "./normalize-address"

export type PlaceInput = { address?: string; postal_code?: string; lat?: number; lng?: number }

/** How the point was found, for the response and the logs. */
export type LocatedBy = "cache" | "gazetteer" | "google" | "browser" | "postcode" | "nothing"
export type LocatedPlace = DeliveryPlace & { located_by: LocatedBy; formatted_address?: string }

const DAY = 24 * 60 * 60 * 1000
/** An address Google does not know may be fixed on Google's side: ask again tomorrow. */
const UNKNOWN_ADDRESS_DAYS = 1

/**
 * Turns what the customer gave into a point and a postcode. The address comes
 * first (it is where the pizza goes; the browser's coordinates are where the
 * phone is): the cache, then Google. When that fails, for any reason, the
 * browser's coordinates and the postcode are what is left; never an error.
 */
export async function locatePlace(zoning: DeliveryZoningModuleService, input: PlaceInput, logger?: Pick<Logger, "warn">, now = new Date()): Promise<LocatedPlace> {
  const postcode = input.postal_code ?? (input.address ? postcodeInAddress(input.address) : undefined)
  const browser = Number.isFinite(input.lat) && Number.isFinite(input.lng) ? { lat: input.lat!, lng: input.lng! } : undefined
  const fallback = (): LocatedPlace => ({
    point: browser,
    postal_code: postcode,
    located_by: browser ? "browser" : postcode ? "postcode" : "nothing",
  })
  if (!input.address?.trim()) return fallback()

  const query = normalizeAddress(input.address)
  const [cached] = await zoning.listGeocodedAddresses({ query }, { take: 1 })
  if (cached && (!cached.expires_at || new Date(cached.expires_at) > now)) {
    if (!cached.found || cached.latitude === null || cached.longitude === null) return fallback()
    return {
      point: { lat: cached.latitude, lng: cached.longitude },
      postal_code: cached.postal_code ?? postcode,
      formatted_address: cached.formatted_address ?? undefined,
      located_by: cached.source === "gazetteer" ? "gazetteer" : "cache",
    }
  }

  const { googleMapsApiKey, googleTimeoutMs, geocodeCacheDays, region } = await zoning.getOptions()
  if (!googleMapsApiKey) return fallback()
  try {
    const answer = await googleGeocode(input.address, googleMapsApiKey, googleTimeoutMs, region)
    if (answer.status === "zero_results") {
      await remember(zoning, cached?.id, { query, found: false, source: "google", expires_at: new Date(now.getTime() + UNKNOWN_ADDRESS_DAYS * DAY) })
      return fallback()
    }
    await remember(zoning, cached?.id, {
      query,
      found: true,
      latitude: answer.point.lat,
      longitude: answer.point.lng,
      postal_code: answer.postal_code ?? null,
      formatted_address: answer.formatted_address,
      source: "google",
      expires_at: new Date(now.getTime() + geocodeCacheDays * DAY),
    })
    return { point: answer.point, postal_code: answer.postal_code ?? postcode, formatted_address: answer.formatted_address, located_by: "google" }
  } catch (error) {
    logger?.warn(`delivery-zoning: geocoding failed, using the postcode and browser coordinates (${(error as Error).message})`)
    return fallback()
  }
}

type CacheEntry = {
  query: string
  found: boolean
  source: "google"
  expires_at: Date
  latitude?: number
  longitude?: number
  postal_code?: string | null
  formatted_address?: string
}

async function remember(zoning: DeliveryZoningModuleService, expiredId: string | undefined, entry: CacheEntry): Promise<void> {
  if (expiredId) {
    await zoning.updateGeocodedAddresses({ id: expiredId, ...entry })
    return
  }
  try {
    await zoning.createGeocodedAddresses(entry)
  } catch (error) {
    // two customers typed the same new address at once: the other one stored it
    const [stored] = await zoning.listGeocodedAddresses({ query: entry.query }, { take: 1 })
    if (!stored) throw error
  }
}
