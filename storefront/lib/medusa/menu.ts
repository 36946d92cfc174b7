import "server-only"
import type { MenuItem, MenuResponse, MenuVariant } from "@oc-pizza/api-types"
import { currentLocale } from "@/lib/i18n/locale"
import type { Locale } from "@/lib/i18n/messages"
import { storeApi } from "./client"

export type MenuSection = { category: string; items: MenuItem[] }

/** The backend's locale for each of the shop's languages (the demo's translations are in British English). */
const MENU_LOCALES: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" }

/**
 * Every dish of the pizzeria with tonight's availability, as the backend
 * computes it from the stock, in the shopper's language (their choice, else
 * their browser's) unless another is given. Never cached here: the counts and
 * pauses are live, and the backend caches the catalogue itself.
 */
export async function getMenuItems(pizzeriaId: string, locale?: Locale): Promise<MenuItem[]> {
  const language = locale ?? (await currentLocale())
  const { items } = await storeApi<MenuResponse>("/store/menu", { query: { pizzeria_id: pizzeriaId, locale: MENU_LOCALES[language] }, token: null })
  return items
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
