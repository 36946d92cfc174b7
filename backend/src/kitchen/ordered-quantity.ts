/**
 * An order line's quantity as query.graph gives it: on the line itself, or,
 * when the graph does not compute it there, on the line's detail record
 * (order_item), which is where Medusa stores it.
 */
export function orderedQuantity(item: { quantity?: unknown; detail?: { quantity?: unknown } | null }): number {
  const value = item.quantity ?? item.detail?.quantity
  return Number(value ?? 0)
}
