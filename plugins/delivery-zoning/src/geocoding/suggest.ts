import type { Logger } from "@medusajs/framework/types"
import type { AddressSuggestion } from "@oc-pizza/api-types"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"
import { banSearch, CANDIDATE_SCORE, suggestionOfFeature } from "./ban"
import { googleGeocode, suggestionOfGooglePlace } from "./google-maps"
import { normalizeAddress } from "./normalize-address"
import { suggestionBudgetOf } from "./suggestion-budget"
import { communeInAddress, communesOfPostcode, communesStartingWith, type Commune } from "./offline-places"

/** How long suggestions made without any geocoder are kept, so the geocoder's answers replace them once it is back. */
const OFFLINE_ANSWER_SECONDS = 60

/**
 * A bounded least-recently-used memory of answers, per process: a Map keeps
 * insertion order, so the first key is the least recently used one.
 */
export class SuggestionMemory {
  private readonly entries = new Map<string, { until: number; suggestions: AddressSuggestion[] }>()

  constructor(private readonly size: number) {}

  get(key: string, now: number): AddressSuggestion[] | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.until <= now) return undefined
    this.entries.set(key, entry)
    return entry.suggestions
  }

  set(key: string, suggestions: AddressSuggestion[], seconds: number, now: number): void {
    if (this.size === 0 || seconds === 0) return
    this.entries.delete(key)
    this.entries.set(key, { until: now + seconds * 1000, suggestions })
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!)
  }

  get count(): number {
    return this.entries.size
  }
}

let memory: SuggestionMemory | undefined
let memorySize: number | undefined
const memoryOf = (size: number) => {
  if (!memory || memorySize !== size) {
    memory = new SuggestionMemory(size)
    memorySize = size
  }
  return memory
}

/** Suggestions from the official postcode data: postcodes, then communes, by the typed text. */
export function offlineSuggestions(text: string, limit: number): AddressSuggestion[] {
  const ofCommune = (commune: Commune, postcode: string, street?: string): AddressSuggestion => ({
    label: street ? `${street}, ${postcode} ${commune.name}` : `${postcode} ${commune.name}`,
    address_1: street ?? null,
    postal_code: postcode,
    city: commune.name,
    lat: null,
    lng: null,
    source: "postcode",
  })
  const found: AddressSuggestion[] = []
  const postcode = text.match(/\b(\d{5})\b/)?.[1]
  const named = communeInAddress(text)
  if (named) {
    // "45 rue de la République Amiens": the street as typed, in each of the commune's postcodes
    const street = named.street ? streetBefore(text, named.commune.name) : undefined
    const postcodes = postcode && named.commune.postcodes.includes(postcode) ? [postcode] : named.commune.postcodes
    for (const each of postcodes) found.push(ofCommune(named.commune, each, street || undefined))
  } else if (postcode) {
    for (const commune of communesOfPostcode(postcode)) found.push(ofCommune(commune, postcode))
  } else if (/^\d{2,4}$/.test(text.trim())) {
    // a postcode being typed: nothing sensible before five digits
  } else {
    for (const commune of communesStartingWith(text, limit)) for (const each of commune.postcodes) found.push(ofCommune(commune, each))
  }
  return found.slice(0, limit)
}

/** The street as typed before the commune's name ("45 rue de la République, 80000 Amiens" → "45 rue de la République"). */
function streetBefore(text: string, communeName: string): string | undefined {
  const target = normalizeAddress(communeName)
  const tokens = text
    .replace(/[\s,]*\b(france|fr)\s*$/i, "")
    .replace(/[\s,]*\b\d{5}\s*$/, "")
    .trim()
    .split(/\s+/)
  for (let count = 1; count < tokens.length; count++) {
    if (normalizeAddress(tokens.slice(-count).join(" ")) !== target) continue
    const street = tokens
      .slice(0, -count)
      .join(" ")
      .replace(/[\s,]*\b\d{5}[\s,]*$/, "")
      .replace(/[\s,]+$/, "")
    return street || undefined
  }
  return undefined
}

/** The application's gazetteer entries starting with the typed text (never other customers' looked-up addresses). */
async function gazetteerSuggestions(zoning: DeliveryZoningModuleService, query: string, limit: number): Promise<AddressSuggestion[]> {
  const escaped = query.replace(/[\\%_]/g, (character) => `\\${character}`)
  const rows = await zoning.listGeocodedAddresses({ source: "gazetteer", found: true, query: { $like: `${escaped}%` } }, { take: limit, order: { query: "ASC" } })
  return rows.map((row) => {
    const label = (row.formatted_address ?? row.query).replace(/,\s*FR$/i, "")
    const city = label.match(/\d{5}\s+([^,]+)/)?.[1]?.trim() ?? null
    return {
      label,
      address_1: label.split(",")[0]?.trim() || null,
      postal_code: row.postal_code,
      city,
      lat: row.latitude,
      lng: row.longitude,
      source: "gazetteer" as const,
    }
  })
}

/**
 * What the typed text may be, best first: the application's gazetteer
 * (prefix), the geocoder's autocomplete (the Base Adresse Nationale, or
 * Google when a key is set), then the postcodes and communes known offline.
 * Answers are kept in memory per process (normalised text and limit; LRU,
 * `suggestionCacheSize` entries for `suggestionCacheSeconds`). A geocoder that
 * fails or is slow leaves the offline answers: never an error.
 */
export async function suggestAddresses(
  zoning: DeliveryZoningModuleService,
  text: string,
  limit: number,
  logger?: Pick<Logger, "warn">,
  now = Date.now()
): Promise<AddressSuggestion[]> {
  const query = normalizeAddress(text)
  const options = await zoning.getOptions()
  const cache = memoryOf(options.suggestionCacheSize)
  const key = `${limit}|${query}`
  const remembered = cache.get(key, now)
  if (remembered) return remembered

  let geocoderAnswered = false
  const geocoderExpected = !!(options.googleMapsApiKey || options.banApiUrl)
  const fromGeocoder = async (): Promise<AddressSuggestion[]> => {
    if (geocoderExpected && !suggestionBudgetOf(options.suggestionGeocoderPerSecond).take(now)) return []
    try {
      if (options.googleMapsApiKey) {
        const answer = await googleGeocode(text, options.googleMapsApiKey, options.googleTimeoutMs, options.region)
        geocoderAnswered = true
        if (answer.status === "zero_results") return []
        return [answer, ...answer.others].map(suggestionOfGooglePlace)
      }
      if (!options.banApiUrl) return []
      const features = await banSearch(options.banApiUrl, text, { limit, autocomplete: true, timeoutMs: options.banTimeoutMs })
      geocoderAnswered = true
      return features.filter((feature) => feature.properties.score >= CANDIDATE_SCORE).map(suggestionOfFeature)
    } catch (error) {
      logger?.warn(`delivery-zoning: address search without the geocoder (${(error as Error).message})`)
      return []
    }
  }
  const [gazetteer, geocoded] = await Promise.all([gazetteerSuggestions(zoning, query, limit), fromGeocoder()])
  const offline = offlineSuggestions(text, limit)

  const seen = new Set<string>()
  const suggestions: AddressSuggestion[] = []
  for (const suggestion of [...gazetteer, ...geocoded, ...offline]) {
    const label = normalizeAddress(suggestion.label)
    if (seen.has(label)) continue
    seen.add(label)
    suggestions.push(suggestion)
    if (suggestions.length === limit) break
  }
  cache.set(key, suggestions, geocoderExpected && !geocoderAnswered ? Math.min(OFFLINE_ANSWER_SECONDS, options.suggestionCacheSeconds) : options.suggestionCacheSeconds, now)
  return suggestions
}
