import { MedusaError } from "@medusajs/framework/utils"
import type { AddressSuggestion } from "@oc-pizza/api-types"

/**
 * The Base Adresse Nationale's search (France's official address base, no
 * key): `GET <base>/search?q=&limit=[&autocomplete=1]`, answering a GeoJSON
 * FeatureCollection whose features carry `geometry.coordinates` as
 * [longitude, latitude] and `properties` { label, score, housenumber, name,
 * street, postcode, citycode, city, context, type }. Served since 2025 by the
 * Géoplateforme (https://data.geopf.fr/geocodage), in the same shape as the
 * former api-adresse.data.gouv.fr.
 *
 * Like google-maps.ts: one call bounded by an abort signal, no retries; a
 * customer is better served by the offline fallback than by back-off.
 */
export type BanFeature = {
  type: "Feature"
  geometry: { type: "Point"; coordinates: [number, number] }
  properties: {
    label: string
    score: number
    type: "housenumber" | "street" | "locality" | "municipality"
    name?: string
    housenumber?: string
    street?: string
    postcode?: string
    citycode?: string
    city?: string
    context?: string
  }
}
export type BanAnswer = { type: "FeatureCollection"; features: BanFeature[] }

export async function banSearch(baseUrl: string, query: string, options: { limit: number; autocomplete: boolean; timeoutMs: number }): Promise<BanFeature[]> {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}/search`)
  url.searchParams.set("q", query)
  url.searchParams.set("limit", String(options.limit))
  if (options.autocomplete) url.searchParams.set("autocomplete", "1")
  const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: "application/json" } })
  if (!response.ok) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The Base Adresse Nationale answered HTTP ${response.status}`)
  const body = (await response.json()) as Partial<BanAnswer>
  if (!Array.isArray(body.features)) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The Base Adresse Nationale answered without features")
  return body.features.filter((feature) => Array.isArray(feature?.geometry?.coordinates) && typeof feature.properties?.label === "string")
}

/** A BAN feature as the shop shows it. A commune alone has no street line. */
export function suggestionOfFeature(feature: BanFeature): AddressSuggestion {
  const { properties } = feature
  const [lng, lat] = feature.geometry.coordinates
  const street = properties.type === "municipality" ? null : (properties.name ?? null)
  return {
    label: properties.label,
    address_1: street,
    postal_code: properties.postcode ?? null,
    city: properties.city ?? null,
    lat,
    lng,
    source: "ban",
  }
}

/** Below this score BAN's best answer is a guess, not a find. */
export const CONFIDENT_SCORE = 0.6
/** Answers scoring this close to the best are as plausible as it. */
export const CLOSE_SCORE = 0.05
/** Below this score an answer is not offered as a candidate at all. */
export const CANDIDATE_SCORE = 0.3

export type BanVerdict = { outcome: "found"; feature: BanFeature } | { outcome: "ambiguous"; candidates: BanFeature[] } | { outcome: "not_found" }

/** What makes two answers the same place: the commune and the street (a house number aside). */
const placeKey = (feature: BanFeature) =>
  `${feature.properties.citycode ?? feature.properties.city ?? ""}|${feature.properties.type === "municipality" ? "" : (feature.properties.street ?? feature.properties.name ?? "")}`.toLowerCase()

/**
 * Reads BAN's answer to one address. Found: the best answer scores at least
 * CONFIDENT_SCORE and no other place (another commune or street) scores
 * within CLOSE_SCORE of it. Ambiguous: several plausible different places
 * ("rue de la République" in several communes), or a best answer below
 * CONFIDENT_SCORE; its candidates are the distinct places scoring at least
 * CANDIDATE_SCORE. Not found: nothing scores CANDIDATE_SCORE.
 */
export function judgeBanAnswer(features: BanFeature[], maxCandidates = 5): BanVerdict {
  const plausible = features.filter((feature) => feature.properties.score >= CANDIDATE_SCORE).sort((a, b) => b.properties.score - a.properties.score)
  if (plausible.length === 0) return { outcome: "not_found" }
  const [best] = plausible
  const distinct: BanFeature[] = []
  const seen = new Set<string>()
  for (const feature of plausible) {
    const key = placeKey(feature)
    if (seen.has(key)) continue
    seen.add(key)
    distinct.push(feature)
  }
  const rivals = distinct.slice(1).filter((feature) => feature.properties.score >= best.properties.score - CLOSE_SCORE)
  if (best.properties.score >= CONFIDENT_SCORE && rivals.length === 0) return { outcome: "found", feature: best }
  return { outcome: "ambiguous", candidates: distinct.slice(0, maxCandidates) }
}
