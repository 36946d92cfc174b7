/** The order's amount for the free-delivery threshold and the minimum order: items, tax included, after discounts. */
export function cartItemTotal(cart: { item_total?: unknown; items?: { total?: unknown; unit_price?: unknown; quantity?: unknown }[] | null }): number {
  if (cart.item_total !== undefined && cart.item_total !== null) return Number(cart.item_total)
  return (cart.items ?? []).reduce((sum, item) => sum + Number(item.total ?? Number(item.unit_price ?? 0) * Number(item.quantity ?? 0)), 0)
}
