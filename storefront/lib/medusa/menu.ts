import "server-only"
import type { MenuAvailabilityResponse, MenuItem, MenuResponse, MenuVariant } from "@oc-pizza/api-types"
import { currentLocale } from "@/lib/i18n/locale"
import type { Locale } from "@/lib/i18n/messages"
import { storeApi } from "./client"
import { withAvailability } from "./menu-availability"

export type MenuSection = { category: string; items: MenuItem[] }

/** The backend's locale for each of the shop's languages (the demo's translations are in British English). */
const MENU_LOCALES: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" }

/**
 * How long a cached catalogue may serve without its version changing: a
 * safety net for what no event announces, as the backend's own cache
 * (backend/src/menu/menu-catalogue-cache.ts). Past it, the cached copy is
 * served once more while a fresh one is read.
 */
const CATALOGUE_REVALIDATE_S = 60

/**
 * Every dish of the pizzeria with tonight's availability, in the shopper's
 * language (their choice, else their browser's) unless another is given.
 *
 * Two reads: the live figures (counts, pauses) every time, small and never
 * cached, which also give the catalogue's current version; then the
 * catalogue (dishes, prices, ingredients, allergens) from Next's data cache
 * under that version, so a catalogue change is a new address, read at once
 * by every shop process, with no message to lose between the backend and
 * the shop.
 */
export async function getMenuItems(pizzeriaId: string, locale?: Locale): Promise<MenuItem[]> {
  const language = locale ?? (await currentLocale())
  const query = { pizzeria_id: pizzeriaId, locale: MENU_LOCALES[language] }
  const live = await storeApi<MenuAvailabilityResponse>("/store/menu/availability", { query, token: null })
  const catalogue = await storeApi<MenuResponse>("/store/menu", {
    query: { ...query, catalogue_version: live.catalogue_version },
    token: null,
    revalidate: CATALOGUE_REVALIDATE_S,
  })
  return withAvailability(catalogue, live)
}

/** variant id → the dish and size, for checking a cart against what a kitchen can make tonight. */
export function variantsOf(items: MenuItem[]): Map<string, { item: MenuItem; variant: MenuVariant }> {
  return new Map(items.flatMap((item) => item.variants.map((variant) => [variant.id, { item, variant }] as const)))
}

const CATEGORY_ORDER = ["pizzas", "boissons", "desserts"]

/** The pizzeria's menu by category, with live availability: one call to the backend's /store/menu. */
export async function getMenu(pizzeriaId: string, locale?: Locale): Promise<MenuSection[]> {
  const items = await getMenuItems(pizzeriaId, locale)
  const sections = new Map<string, MenuItem[]>()
  for (const item of items) {
    const key = item.category?.handle ?? "autres"
    sections.set(key, [...(sections.get(key) ?? []), item])
  }
  return [...sections.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, sectionItems]) => ({ category: sectionItems[0].category?.name ?? "Autres", items: sectionItems }))
}

function rank(handle: string): number {
  const index = CATEGORY_ORDER.indexOf(handle)
  return index === -1 ? CATEGORY_ORDER.length : index
}
