import type { MenuCatalogue } from "./build-menu"

/**
 * This process's cached catalogues, by pizzeria, the channels the caller may
 * sell on and locale. An entry is used only while the catalogue version it was
 * read at is the current one (`catalogue-version.ts`, read with every menu's
 * live figures), so a change reaches every process on its next menu read; the
 * age limit is a safety net for what no event announces (a pizzeria moved to
 * another sales channel).
 */
export type CachedCatalogue = {
  version: number
  readAt: number
  salesChannelId: string | undefined
  catalogue: MenuCatalogue
  /** Every variant of the catalogue, for the live query. */
  variantIds: string[]
  /** The extras' ingredients, whose levels the live read takes. */
  extraItemIds: string[]
}

const configuredMaxAge = Number(process.env.OCP_MENU_CACHE_MAX_AGE_MS)
/** OCP_MENU_CACHE_MAX_AGE_MS, one minute by default. */
export const CATALOGUE_MAX_AGE_MS = Number.isFinite(configuredMaxAge) && configuredMaxAge >= 0 ? configuredMaxAge : 60_000
const MAX_ENTRIES = 500

const entries = new Map<string, CachedCatalogue>()

export function catalogueKey(pizzeriaId: string, allowedChannelIds: string[] | undefined, locale: string): string {
  return `${pizzeriaId}|${allowedChannelIds ? [...allowedChannelIds].sort().join(",") : "*"}|${locale}`
}

/** The entry if it is of this version and young enough. */
export function cachedCatalogue(key: string, version: number | undefined, now = Date.now()): CachedCatalogue | undefined {
  const entry = entries.get(key)
  if (!entry) return undefined
  if ((version !== undefined && entry.version !== version) || now - entry.readAt > CATALOGUE_MAX_AGE_MS) {
    entries.delete(key)
    return undefined
  }
  // used again: the last one the size cap pushes out
  entries.delete(key)
  entries.set(key, entry)
  return entry
}

export function rememberCatalogue(key: string, entry: CachedCatalogue): void {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
  entries.set(key, entry)
}
