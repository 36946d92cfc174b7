import type { DemoIngredient, DemoPizzeria, DemoStockedItem } from "./data"

/**
 * A pizzeria's opening stock of one item, in base units: the chain's standard
 * level scaled to the shop's size, unless the data sets it explicitly.
 */
export function openingStock(pizzeria: DemoPizzeria, item: DemoIngredient | DemoStockedItem): number {
  const override = pizzeria.stock_overrides?.[item.sku]
  if (override !== undefined) return override
  return Math.round(item.stock * pizzeria.stock_scale)
}
