import { orderedQuantity } from "../kitchen/ordered-quantity"

/** How close a cart's completion and its order's creation are: the same workflow run, steps apart. */
const SAME_RUN_MS = 60_000

type Line = { variant_id?: string | null; quantity?: unknown; detail?: { quantity?: unknown } | null } | null

export type BasketCart = {
  id: string
  email?: string | null
  sales_channel_id?: string | null
  created_at: Date | string
  completed_at?: Date | string | null
  items?: Line[] | null
}

export type BasketOrder = {
  id: string
  email?: string | null
  sales_channel_id?: string | null
  created_at: Date | string
  items?: Line[] | null
}

/** The lines as "variant×quantity", sorted: what a cart and the order made from it share. */
function linesKey(items: Line[] | null | undefined): string {
  return (items ?? [])
    .flatMap((item) => (item?.variant_id ? [`${item.variant_id}×${orderedQuantity(item)}`] : []))
    .sort()
    .join(",")
}

const time = (value: Date | string) => new Date(value).getTime()

/**
 * The cart an order was made from, when the link between them was never
 * written (a process killed inside Medusa's completion): same customer
 * e-mail, same pizzeria (sales channel), same lines, the cart made before
 * the order and, if completed, in the same run. Of several, the latest
 * made. Undefined when none fits. The basket alone cannot tell an order
 * made another way: a converted draft with the same e-mail and lines fits
 * too, so the caller leaves out orders that never had a cart
 * (repair-cut-short-completions.ts) before asking.
 */
export function cartOfOrder<C extends BasketCart>(order: BasketOrder, carts: C[]): C | undefined {
  const key = linesKey(order.items)
  const ordered = time(order.created_at)
  return carts
    .filter(
      (cart) =>
        !!cart.email &&
        cart.email === order.email &&
        cart.sales_channel_id === order.sales_channel_id &&
        linesKey(cart.items) === key &&
        time(cart.created_at) <= ordered &&
        (!cart.completed_at || Math.abs(time(cart.completed_at) - ordered) < SAME_RUN_MS)
    )
    .sort((a, b) => time(b.created_at) - time(a.created_at))[0]
}
