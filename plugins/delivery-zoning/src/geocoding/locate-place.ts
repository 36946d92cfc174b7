import type { Logger } from "@medusajs/framework/types"
import type { AddressSuggestion } from "@oc-pizza/api-types"
import { postcodeInAddress } from "../geo/postcode"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"
import type { DeliveryPlace } from "../zoning/zone-types"
import { banSearch, judgeBanAnswer, suggestionOfFeature, type BanFeature } from "./ban"
import { googleGeocode, suggestionOfGooglePlace } from "./google-maps"
import { normalizeAddress } from "./normalize-address"
import { communeInAddress, communeOfCode, type Commune } from "./offline-places"

export type PlaceInput = { address?: string; postal_code?: string; lat?: number; lng?: number }

/** How the point was found, for the response and the logs. */
export type LocatedBy = "cache" | "gazetteer" | "google" | "ban" | "browser" | "postcode" | "commune" | "nothing"
export type LocatedPlace = DeliveryPlace & {
  located_by: LocatedBy
  formatted_address?: string
  /** Several different places match the address: the customer chooses (`address_ambiguous`). */
  candidates?: AddressSuggestion[]
  /** A commune recognised without a postcode: every postcode it has (the zone must be the same for all). */
  commune?: { name: string; postal_codes: string[] }
}

const DAY = 24 * 60 * 60 * 1000
/** An address the geocoder does not know may be fixed on its side: ask again tomorrow. */
const UNKNOWN_ADDRESS_DAYS = 1

/** Geocoders' answers for one address, in the plugin's terms. */
type Lookup = { outcome: "found"; place: LocatedPlace; cache: CacheEntry } | { outcome: "ambiguous"; candidates: AddressSuggestion[] } | { outcome: "not_found" }

/**
 * Turns what the customer gave into a point and a postcode. The address comes
 * first (it is where the pizza goes; the browser's coordinates are where the
 * phone is): the cache (and the application's gazetteer), then the geocoder
 * (Google when a key is set, else the Base Adresse Nationale). When that
 * fails, for any reason, what is left: the browser's coordinates, the
 * postcode (given or written), or the commune named in the address, known
 * from the official data shipped with the plugin. Never an error here: the
 * zone step says "not found", "ambiguous" or "outside".
 */
export async function locatePlace(zoning: DeliveryZoningModuleService, input: PlaceInput, logger?: Pick<Logger, "warn">, now = new Date()): Promise<LocatedPlace> {
  const postcode = input.postal_code ?? (input.address ? postcodeInAddress(input.address) : undefined)
  const browser = Number.isFinite(input.lat) && Number.isFinite(input.lng) ? { lat: input.lat!, lng: input.lng! } : undefined
  const fallback = (): LocatedPlace => {
    if (browser || postcode) return { point: browser, postal_code: postcode, located_by: browser ? "browser" : "postcode" }
    const named = input.address ? communeInAddress(input.address) : undefined
    return named ? placeOfCommune(named.commune, "commune") : { located_by: "nothing" }
  }
  if (!input.address?.trim()) return fallback()

  const query = normalizeAddress(input.address)
  const [cached] = await zoning.listGeocodedAddresses({ query }, { take: 1 })
  if (cached && (!cached.expires_at || new Date(cached.expires_at) > now)) {
    if (!cached.found) return fallback()
    const located_by = cached.source === "gazetteer" ? "gazetteer" : "cache"
    if (cached.latitude === null || cached.longitude === null) {
      // a commune alone: its postcodes, unless the customer wrote one
      const named = postcode ? undefined : communeInAddress(input.address)
      if (named) return placeOfCommune(named.commune, located_by)
      return cached.postal_code || postcode ? { point: browser, postal_code: postcode ?? cached.postal_code!, located_by } : fallback()
    }
    return {
      point: { lat: cached.latitude, lng: cached.longitude },
      postal_code: cached.postal_code ?? postcode,
      formatted_address: cached.formatted_address ?? undefined,
      located_by,
    }
  }

  const options = await zoning.getOptions()
  const expires = (days: number) => new Date(now.getTime() + days * DAY)
  let lookup: Lookup
  try {
    if (options.googleMapsApiKey) {
      lookup = readGoogle(await googleGeocode(input.address, options.googleMapsApiKey, options.googleTimeoutMs, options.region), query)
    } else if (options.banApiUrl) {
      lookup = readBan(await banSearch(options.banApiUrl, input.address, { limit: 5, autocomplete: false, timeoutMs: options.banTimeoutMs }), query, postcode)
    } else {
      return fallback()
    }
  } catch (error) {
    logger?.warn(`delivery-zoning: geocoding failed, using the postcode, the commune and the browser's coordinates (${(error as Error).message})`)
    return fallback()
  }
  const source = options.googleMapsApiKey ? "google" : "ban"
  if (lookup.outcome === "ambiguous") {
    // not kept: the customer's choice will be a new, precise address
    return { ...fallback(), candidates: lookup.candidates }
  }
  if (lookup.outcome === "not_found") {
    await remember(zoning, cached?.id, { query, found: false, source, expires_at: expires(UNKNOWN_ADDRESS_DAYS) })
    return fallback()
  }
  await remember(zoning, cached?.id, { ...lookup.cache, source, expires_at: expires(options.geocodeCacheDays) })
  const place = lookup.place
  return { ...place, postal_code: place.postal_code ?? postcode, point: place.point ?? (place.commune ? undefined : browser) }
}

/** A commune without a street: its only postcode, or all of them for the zone step to compare. */
function placeOfCommune(commune: Commune, located_by: LocatedBy): LocatedPlace {
  if (commune.postcodes.length === 1) return { postal_code: commune.postcodes[0], located_by, formatted_address: `${commune.postcodes[0]} ${commune.name}` }
  return { located_by, commune: { name: commune.name, postal_codes: commune.postcodes } }
}

function readGoogle(answer: Awaited<ReturnType<typeof googleGeocode>>, query: string): Lookup {
  if (answer.status === "zero_results") return { outcome: "not_found" }
  // several results in different postcodes or towns: Google could not tell which
  const rivals = answer.others.filter((other) => other.postal_code !== answer.postal_code || other.city !== answer.city)
  if (rivals.length > 0) return { outcome: "ambiguous", candidates: [answer, ...rivals].slice(0, 5).map(suggestionOfGooglePlace) }
  return {
    outcome: "found",
    place: { point: answer.point, postal_code: answer.postal_code, formatted_address: answer.formatted_address, located_by: "google" },
    cache: {
      query,
      found: true,
      latitude: answer.point.lat,
      longitude: answer.point.lng,
      postal_code: answer.postal_code ?? null,
      formatted_address: answer.formatted_address,
    },
  }
}

/** BAN's answer to an address (see judgeBanAnswer): a commune alone gives postcodes, not its town hall's point. */
export function readBan(features: BanFeature[], query: string, writtenPostcode?: string): Lookup {
  const verdict = judgeBanAnswer(features)
  if (verdict.outcome === "not_found") return { outcome: "not_found" }
  if (verdict.outcome === "ambiguous") return { outcome: "ambiguous", candidates: verdict.candidates.map(suggestionOfFeature) }
  const { properties, geometry } = verdict.feature
  const cache = { query, found: true, postal_code: properties.postcode ?? null, formatted_address: properties.label }
  if (properties.type === "municipality") {
    const commune = properties.citycode ? communeOfCode(properties.citycode) : undefined
    const place = commune && !writtenPostcode ? placeOfCommune(commune, "ban") : { postal_code: writtenPostcode ?? properties.postcode, located_by: "ban" as const }
    return { outcome: "found", place: { ...place, formatted_address: properties.label }, cache: { ...cache, latitude: null, longitude: null } }
  }
  const [lng, lat] = geometry.coordinates
  return {
    outcome: "found",
    place: { point: { lat, lng }, postal_code: properties.postcode, formatted_address: properties.label, located_by: "ban" },
    cache: { ...cache, latitude: lat, longitude: lng },
  }
}

type CacheEntry = {
  query: string
  found: boolean
  source?: "google" | "ban"
  expires_at?: Date
  latitude?: number | null
  longitude?: number | null
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
