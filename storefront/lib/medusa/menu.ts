import "server-only"
import type { MenuItem, MenuResponse, MenuVariant } from "@oc-pizza/api-types"
import { storeApi } from "./client"

export type MenuSection = { category: string; items: MenuItem[] }

/** Every dish of the pizzeria with tonight's availability, as the backend computes it from the stock. */
export async function getMenuItems(pizzeriaId: string): Promise<MenuItem[]> {
  const { items } = await storeApi<MenuResponse>("/store/menu", { query: { pizzeria_id: pizzeriaId }, token: null })
  return items
}

/** variant id → the dish and size, for checking a cart against what a kitchen can make tonight. */
export function variantsOf(items: MenuItem[]): Map<string, { item: MenuItem; variant: MenuVariant }> {
  return new Map(items.flatMap((item) => item.variants.map((variant) => [variant.id, { item, variant }] as const)))
}

const CATEGORY_ORDER = ["pizzas", "boissons", "desserts"]

/** The pizzeria's menu by category, with live availability: one call to the backend's /store/menu. */
export async function getMenu(pizzeriaId: string): Promise<MenuSection[]> {
  const items = await getMenuItems(pizzeriaId)
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
