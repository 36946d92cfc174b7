import { readFileSync } from "node:fs"
import { normalizeAddress } from "./normalize-address"

/**
 * France's postcodes and communes as the official data shipped on npm gives
 * them, for when no geocoder answers: `codes-postaux` (La Poste's postcode ↔
 * commune table) and `@etalab/decoupage-administratif` (the current
 * communes, their postcodes and population). Neither carries coordinates, so
 * what this recognises is a postcode and a commune, enough for postcode zones.
 *
 * The files are read once, on first use, into small indexes (the raw arrays
 * are dropped afterwards); `@etalab/decoupage-administratif`'s own entry
 * point reads its files relative to the working directory, so the JSON is
 * read from the package's folder instead.
 */
export type Commune = { code: string; name: string; postcodes: string[]; population: number }

type Indexes = {
  byCode: Map<string, Commune>
  byPostcode: Map<string, Commune[]>
  byName: Map<string, Commune[]>
  /** Normalised names, sorted, for prefix search. */
  names: string[]
  /** Longest commune name in words, bounds the suffix search. */
  maxWords: number
}

type DecoupageCommune = { code: string; nom: string; type: string; codesPostaux?: string[]; population?: number }
type PostcodeRow = { codePostal: string; codeCommune: string; nomCommune: string }

let indexes: Indexes | undefined

const readJson = <T>(request: string): T => JSON.parse(readFileSync(require.resolve(request), "utf8")) as T

function load(): Indexes {
  if (indexes) return indexes
  const communes = new Map<string, Commune>()
  for (const row of readJson<DecoupageCommune[]>("@etalab/decoupage-administratif/data/communes.json")) {
    if (row.type !== "commune-actuelle") continue
    communes.set(row.code, { code: row.code, name: row.nom, postcodes: [...(row.codesPostaux ?? [])], population: row.population ?? 0 })
  }
  // La Poste's table is the reference for which postcode serves which commune
  for (const row of readJson<PostcodeRow[]>("codes-postaux/codes-postaux.json")) {
    const commune = communes.get(row.codeCommune) ?? { code: row.codeCommune, name: row.nomCommune, postcodes: [], population: 0 }
    if (!commune.postcodes.includes(row.codePostal)) commune.postcodes.push(row.codePostal)
    communes.set(row.codeCommune, commune)
  }
  const byPostcode = new Map<string, Commune[]>()
  const byName = new Map<string, Commune[]>()
  let maxWords = 1
  for (const commune of communes.values()) {
    commune.postcodes.sort()
    for (const postcode of commune.postcodes) byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune])
    const name = normalizeAddress(commune.name)
    byName.set(name, [...(byName.get(name) ?? []), commune])
    maxWords = Math.max(maxWords, name.split(" ").length)
  }
  // the biggest commune of a name first ("Saint-Denis" is first the one near Paris)
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population)
  for (const list of byPostcode.values()) list.sort((a, b) => b.population - a.population)
  indexes = { byCode: communes, byPostcode, byName, names: [...byName.keys()].sort(), maxWords }
  return indexes
}

/** The communes a French postcode serves (none for an unknown one). */
export function communesOfPostcode(postcode: string): Commune[] {
  return load().byPostcode.get(postcode.replace(/\s+/g, "")) ?? []
}

/** The commune of an INSEE code (BAN's `citycode`). */
export function communeOfCode(code: string): Commune | undefined {
  return load().byCode.get(code)
}

/** Words before a commune name that make it part of the street's name ("rue de Cagny", "avenue de Paris"). */
const STREET_WORDS = new Set(
  "de du des d la le les l au aux a en sur sous rue avenue av bd boulevard place pl chemin allee impasse route rte quai cours square passage sentier voie faubourg rond point parvis mail residence".split(
    " "
  )
)

/**
 * The commune named at the end of a one-line address ("5 rue Jules Barni,
 * Amiens", "45 rue de la République 80000 Amiens", "Amiens"): a whole
 * comma-separated part, or the text's last words when they are not the end
 * of a street name ("30 rue de Cagny" names a street, not Cagny). The
 * address's postcode, when given, decides between communes of the same name.
 */
export function communeInAddress(address: string): { commune: Commune; street: string | undefined } | undefined {
  const { byName, maxWords } = load()
  const postcode = address.match(/\b(\d{5})\b/)?.[1]
  const pick = (communes: Commune[]) => (postcode ? communes.find((commune) => commune.postcodes.includes(postcode)) : undefined) ?? communes[0]

  const withoutPostcode = address.replace(/\b\d{5}\b/g, " ").replace(/\b(france|fr)\s*$/i, " ")
  const parts = withoutPostcode
    .split(",")
    .map((part) => normalizeAddress(part))
    .filter((part) => part && part !== "france" && part !== "fr")
  if (parts.length === 0) return undefined
  // a part that is a commune's whole name, from the end
  for (let index = parts.length - 1; index > 0; index--) {
    const communes = byName.get(parts[index])
    if (communes) return { commune: pick(communes), street: parts.slice(0, index).join(", ") || undefined }
  }
  // the last words of the text, longest first
  const words = parts.join(" ").split(" ")
  for (let length = Math.min(maxWords, words.length); length >= 1; length--) {
    const communes = byName.get(words.slice(words.length - length).join(" "))
    if (!communes) continue
    const before = words[words.length - length - 1]
    if (before !== undefined && STREET_WORDS.has(before)) continue
    const street = words.slice(0, words.length - length).join(" ")
    return { commune: pick(communes), street: street || undefined }
  }
  return undefined
}

/** Communes whose name starts with the text, biggest first (for the address search). */
export function communesStartingWith(text: string, limit: number): Commune[] {
  const { names, byName } = load()
  const prefix = normalizeAddress(text)
  if (!prefix) return []
  let low = 0
  let high = names.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (names[middle] < prefix) low = middle + 1
    else high = middle
  }
  const found: Commune[] = []
  for (let index = low; index < names.length && names[index].startsWith(prefix) && found.length < 200; index++) found.push(...byName.get(names[index])!)
  return found.sort((a, b) => b.population - a.population).slice(0, limit)
}

/** Reads the official files now rather than on the first customer's request. */
export function warmOfflinePlaces(): void {
  load()
}
