import type { HttpTypes } from "@medusajs/types"
import "server-only"
import { medusa } from "./client"
import type { Pizzeria } from "./pizzerias"

export type MenuVariant = { id: string; title: string; price: number | null; available: boolean }
export type MenuItem = {
  id: string
  title: string
  description: string | null
  thumbnail: string | null
  category: string
  variants: MenuVariant[]
}
export type MenuSection = { category: string; items: MenuItem[] }

const CATEGORY_ORDER = ["pizzas", "boissons", "desserts"]

/** A variant can be sold when its kit of ingredients is in stock at the pizzeria. */
function toVariant(variant: HttpTypes.StoreProductVariant): MenuVariant {
  const quantity = variant.inventory_quantity ?? 0
  return {
    id: variant.id,
    title: variant.title ?? "",
    price: variant.calculated_price?.calculated_amount ?? null,
    available: variant.manage_inventory === false || variant.allow_backorder === true || quantity > 0,
  }
}

/** The pizzeria's menu, by category, with prices and live availability. */
export async function getMenu(pizzeria: Pizzeria): Promise<MenuSection[]> {
  const sdk = medusa()
  const { regions } = await sdk.store.region.list({ limit: 1 }, { cache: "force-cache", next: { tags: ["regions"] } })
  const { products } = await sdk.store.product.list(
    {
      sales_channel_id: [pizzeria.sales_channel_id],
      region_id: regions[0]?.id,
      limit: 200,
      fields: "id,title,description,thumbnail,*categories,*variants,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,variants.variant_rank",
    },
    { cache: "no-store" }
  )

  const sections = new Map<string, MenuItem[]>()
  for (const product of products) {
    const category = product.categories?.[0]
    const key = category?.handle ?? "autres"
    const items = sections.get(key) ?? []
    items.push({
      id: product.id,
      title: product.title,
      description: product.description,
      thumbnail: product.thumbnail,
      category: category?.name ?? "Autres",
      variants: [...(product.variants ?? [])].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0)).map(toVariant),
    })
    sections.set(key, items)
  }
  return [...sections.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([, items]) => ({ category: items[0].category, items: items.sort((a, b) => a.title.localeCompare(b.title, "fr")) }))
}

function rank(handle: string): number {
  const index = CATEGORY_ORDER.indexOf(handle)
  return index === -1 ? CATEGORY_ORDER.length : index
}
