import { orderedQuantity } from "../kitchen/ordered-quantity"

/** How close a cart's completion and its order's creation are: the same workflow run, steps apart. */
const SAME_RUN_MS = 60_000

/**
 * The key under which the checkout writes a cart's own id into the cart's
 * metadata right before Medusa's completion, which copies the cart's
 * metadata into the order's: the order then names the cart it was made from
 * even when the link between them was never written.
 */
export const CHECKOUT_CART_KEY = "ocp_checkout_cart_id"

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
  metadata?: Record<string, unknown> | null
  items?: Line[] | null
}

/** What the basket tells of an order's cart: the cart, when known for sure, and every cart that fits. */
export type CartMatch<C> = { cart: C | undefined; fitting: C[] }

/** The lines as "variant×quantity", sorted: what a cart and the order made from it share. */
function linesKey(items: Line[] | null | undefined): string {
  return (items ?? [])
    .flatMap((item) => (item?.variant_id ? [`${item.variant_id}×${orderedQuantity(item)}`] : []))
    .sort()
    .join(",")
}

const time = (value: Date | string) => new Date(value).getTime()

/** The cart the order names (written by the checkout, see CHECKOUT_CART_KEY), if any. */
export function namedCartId(order: Pick<BasketOrder, "metadata">): string | undefined {
  const named = order.metadata?.[CHECKOUT_CART_KEY]
  return typeof named === "string" && named ? named : undefined
}

/**
 * The cart an order was made from, when the link between them was never
 * written (a process killed inside Medusa's completion). A cart fits when it
 * has the order's customer e-mail, pizzeria (sales channel) and lines, was
 * made before the order and, if completed, in the same run. The cart the
 * order names is taken if it fits (a customer may write a cart's metadata,
 * so a name alone never gives an order someone else's cart); with no such
 * name, a cart that is the only one to fit. Several carts fitting and none
 * named: none is taken, as a guess could give the order to a customer who
 * was told their checkout was refused. The basket alone cannot tell an
 * order made another way: a converted draft with the same e-mail and lines
 * fits too, so the caller leaves out orders that never had a cart
 * (repair-cut-short-completions.ts) before asking.
 */
export function cartOfOrder<C extends BasketCart>(order: BasketOrder, carts: C[]): CartMatch<C> {
  const key = linesKey(order.items)
  const ordered = time(order.created_at)
  const fitting = carts.filter(
    (cart) =>
      !!cart.email &&
      cart.email === order.email &&
      cart.sales_channel_id === order.sales_channel_id &&
      linesKey(cart.items) === key &&
      time(cart.created_at) <= ordered &&
      (!cart.completed_at || Math.abs(time(cart.completed_at) - ordered) < SAME_RUN_MS)
  )
  const named = namedCartId(order)
  const cart = fitting.find((candidate) => candidate.id === named) ?? (fitting.length === 1 ? fitting[0] : undefined)
  return { cart, fitting }
}
