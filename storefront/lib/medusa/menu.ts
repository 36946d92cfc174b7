import "server-only"
import { medusa } from "./client"

export type MenuVariant = { id: string; title: string; price: number | null; makeable: number | null; available: boolean }
export type MenuItem = {
  product_id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  category: { handle: string; name: string } | null
  variants: MenuVariant[]
  ingredients: { name: string; allergens: string[] }[]
  allergens: string[]
  available: boolean
  unavailable_reason: { code: "paused" | "out_of_stock"; message: string } | null
}
export type MenuSection = { category: string; items: MenuItem[] }

const CATEGORY_ORDER = ["pizzas", "boissons", "desserts"]

/** The pizzeria's menu by category, with live availability: one call to the backend's /store/menu. */
export async function getMenu(pizzeriaId: string): Promise<MenuSection[]> {
  const { items } = await medusa().client.fetch<{ items: MenuItem[] }>("/store/menu", {
    query: { pizzeria_id: pizzeriaId },
    cache: "no-store",
  })
  const sections = new Map<string, MenuItem[]>()
  for (const item of items) {
    const key = item.category?.handle ?? "autres"
    sections.set(key, [...(sections.get(key) ?? []), item])
  }
  return [...sections.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([, sectionItems]) => ({ category: sectionItems[0].category?.name ?? "Autres", items: sectionItems }))
}

function rank(handle: string): number {
  const index = CATEGORY_ORDER.indexOf(handle)
  return index === -1 ? CATEGORY_ORDER.length : index
}
