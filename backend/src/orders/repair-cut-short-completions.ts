import { randomUUID } from "node:crypto"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { convertedDrafts } from "./converted-draft"
import { cartOfOrder, namedCartId, type BasketCart, type BasketOrder } from "./same-basket"

/** A completion younger than this may still be running: Medusa makes the order first, then links, completes and authorizes. */
const SETTLING_MS = 30_000
/** How far back a cut-short completion is looked for (a server down for hours is repaired when it is back). */
const LOOK_BACK_MS = 6 * 60 * 60 * 1000
/** An order is made a moment before its cart is marked completed: the orders read reach that much further back. */
const SAME_RUN_MS = 60_000

export type CompletionRepair = "linked" | "payment_linked" | "completed" | "authorized" | "reopened"
export type RepairedCompletion = { cart_id: string; order_id: string | null; repairs: CompletionRepair[] }

type Collection = {
  id: string
  payments?: ({ id: string; canceled_at?: Date | string | null } | null)[] | null
  payment_sessions?: ({ id: string; status: string } | null)[] | null
} | null
type CartRow = BasketCart & { payment_collection?: Collection }
type OrderRow = BasketOrder & { payment_collections?: ({ id: string } | null)[] | null }
type Link = { order_id: string; cart_id: string }

const CART_FIELDS = [
  "id",
  "email",
  "sales_channel_id",
  "created_at",
  "completed_at",
  "items.variant_id",
  "items.quantity",
  "payment_collection.id",
  "payment_collection.payments.id",
  "payment_collection.payments.canceled_at",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.status",
]
const ORDER_FIELDS = ["id", "email", "sales_channel_id", "created_at", "metadata", "items.variant_id", "items.quantity", "items.detail.quantity", "payment_collections.id"]

const livePayment = (collection: Collection | undefined) => (collection?.payments ?? []).some((payment) => payment && !payment.canceled_at)
/** The checkout's session still waiting for the authorization Medusa's completion gives last, if the run never got there. */
const sessionLeftPending = (collection: Collection | undefined) =>
  livePayment(collection) ? undefined : (collection?.payment_sessions ?? []).find((session) => session?.status === "pending")

/**
 * Medusa's `completeCartWorkflow` makes the order, then (separate steps, no
 * one transaction) links it to the cart and the payment collection, marks
 * the cart completed, and authorizes the payment last. A process killed in
 * between leaves a cart linked to its order but still open (the shop lets
 * the customer change it or order again), a completed cart with no order
 * link (or no order at all), or an order without its payment. Once such a
 * completion has settled, and only while no one holds the cart's lock (a
 * completion running now), this finishes what the run left: the links, the
 * cart's `completed_at`, the checkout's authorization; a completed cart with
 * no order and no payment is reopened. An orphan order is given the cart it
 * names (the checkout writes it, see same-basket.ts) or the only cart its
 * basket fits; when several fit and it names none, it and they are left
 * for a manager (a warning names them). An order without a cart that never
 * had one (a converted draft, marked by the server in converted-draft.ts,
 * or an order linked to a payment collection no cart owns) is left alone.
 * Returns what it repaired.
 */
export async function repairCutShortCompletions(container: MedusaContainer, now = new Date()): Promise<RepairedCompletion[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const graph = async <T>(entity: string, fields: string[], filters: Record<string, unknown>): Promise<T[]> =>
    (await query.graph({ entity, fields, filters })).data as unknown as T[]
  const settled = new Date(now.getTime() - SETTLING_MS)
  const since = new Date(now.getTime() - LOOK_BACK_MS)

  const orders = await graph<OrderRow>("order", ORDER_FIELDS, {
    created_at: { $gte: new Date(since.getTime() - SAME_RUN_MS), $lte: settled },
    status: { $nin: ["draft"] },
  })
  const orderLinks = orders.length ? await graph<Link>("order_cart", ["order_id", "cart_id"], { order_id: orders.map((order) => order.id) }) : []
  const linkedOrders = new Set(orderLinks.map((link) => link.order_id))
  const unlinkedOrders = orders.filter((order) => !linkedOrders.has(order.id))
  // a converted draft (the server's mark) never had a cart: a phone order matching a customer's abandoned web cart must
  // not be given it (and its card authorized: a double charge)
  const converted = await convertedDrafts(
    container,
    unlinkedOrders.map((order) => order.id)
  )
  const orphans = unlinkedOrders.filter((order) => !converted.has(order.id))
  const collectionsOf = (order: OrderRow) => (order.payment_collections ?? []).flatMap((collection) => (collection ? [collection.id] : []))
  const orphanCollections = orphans.flatMap(collectionsOf)
  const emails = [...new Set(orphans.flatMap((order) => (order.email ? [order.email] : [])))]

  // the carts that may be half-way: completed lately, linked to a recent order, or an orphan order's own
  const carts = new Map<string, CartRow>()
  const collect = (rows: CartRow[]) => rows.forEach((cart) => carts.set(cart.id, cart))
  collect(await graph<CartRow>("cart", CART_FIELDS, { completed_at: { $gte: since, $lte: settled } }))
  if (orderLinks.length) collect(await graph<CartRow>("cart", CART_FIELDS, { id: orderLinks.map((link) => link.cart_id) }))
  if (emails.length) collect(await graph<CartRow>("cart", CART_FIELDS, { email: emails, created_at: { $gte: since } }))
  // the cart an orphan names, however long ago it was made
  const named = [...new Set(orphans.flatMap((order) => namedCartId(order) ?? []))]
  if (named.length) collect(await graph<CartRow>("cart", CART_FIELDS, { id: named }))
  if (orphanCollections.length) {
    const owners = await graph<{ cart_id: string }>("cart_payment_collection", ["cart_id"], { payment_collection_id: orphanCollections })
    if (owners.length) collect(await graph<CartRow>("cart", CART_FIELDS, { id: owners.map((owner) => owner.cart_id) }))
  }
  if (!carts.size) return []
  const cartLinks = await graph<Link>("order_cart", ["order_id", "cart_id"], { cart_id: [...carts.keys()] })
  const orderOfCart = new Map(cartLinks.map((link) => [link.cart_id, link.order_id]))
  const orderById = new Map(orders.map((order) => [order.id, order]))

  // what each half-way cart needs: its order or reopening. Medusa links an order to its cart and to its payment collection
  // in one step: an order with a collection is paired only with the cart owning that collection, never by its basket
  // (an order made another way, with its own collection, is no cart's); one with neither link, by the cart it names or
  // its basket, and left to a manager when several carts fit (the crash test's customers share e-mail and lines)
  const pairs = new Map<string, string>()
  // the carts an orphan might be from, left as they are with it: reopening one could let its customer order twice
  const undecided = new Set<string>()
  const unlinked = () => [...carts.values()].filter((cart) => !orderOfCart.has(cart.id) && !pairs.has(cart.id))
  for (const order of orphans) {
    const collections = new Set(collectionsOf(order))
    if (collections.size) {
      const cart = unlinked().find((candidate) => candidate.payment_collection && collections.has(candidate.payment_collection.id))
      if (cart) pairs.set(cart.id, order.id)
      continue
    }
    const { cart, fitting } = cartOfOrder(order, unlinked())
    if (cart) pairs.set(cart.id, order.id)
    else if (fitting.length > 1) {
      fitting.forEach((candidate) => undecided.add(candidate.id))
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Order ${order.id} lost the link to its cart and names none of the carts that fit its basket (${fitting.map((candidate) => candidate.id).join(", ")}): left for a manager to link.`
        )
    }
  }
  for (const [cartId, orderId] of orderOfCart) {
    const cart = carts.get(cartId)!
    if (!cart.completed_at || sessionLeftPending(cart.payment_collection)) pairs.set(cartId, orderId)
  }
  const reopen = unlinked().filter((cart) => !undecided.has(cart.id) && cart.completed_at && time(cart.completed_at) <= settled.getTime() && !livePayment(cart.payment_collection))

  const repaired: RepairedCompletion[] = []
  for (const [cartId, orderId] of pairs) {
    const repairs = await underCartLock(container, cartId, () => finishCompletion(container, carts.get(cartId)!, orderId, orderOfCart.has(cartId), orderById.get(orderId)))
    if (repairs?.length) repaired.push({ cart_id: cartId, order_id: orderId, repairs })
  }
  for (const cart of reopen) {
    const done = await underCartLock(container, cart.id, async () => {
      await container.resolve(Modules.CART).updateCarts([{ id: cart.id, completed_at: null }])
      return ["reopened" as const]
    })
    if (done) repaired.push({ cart_id: cart.id, order_id: null, repairs: done })
  }
  return repaired
}

const time = (value: Date | string) => new Date(value).getTime()

/** Runs `job` holding the cart's lock (the key Medusa's completion and the checkout take), or skips it when a completion holds it now. */
async function underCartLock<T>(container: MedusaContainer, cartId: string, job: () => Promise<T>): Promise<T | undefined> {
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const ownerId = randomUUID()
  try {
    await locking.acquire(cartId, { ownerId, expire: 30 })
  } catch (error) {
    // a completion of this cart is running: the next run finds it settled
    container.resolve(ContainerRegistrationKeys.LOGGER).debug(`Cart ${cartId} is being completed (${(error as Error).message}); repaired later if need be.`)
    return undefined
  }
  try {
    return await job()
  } finally {
    await locking.release(cartId, { ownerId })
  }
}

/** The links, the completion mark and the authorization a cut-short run left out, in Medusa's order. */
async function finishCompletion(container: MedusaContainer, cart: CartRow, orderId: string, linked: boolean, order: OrderRow | undefined): Promise<CompletionRepair[]> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const repairs: CompletionRepair[] = []
  if (!linked) {
    await link.create({ [Modules.ORDER]: { order_id: orderId }, [Modules.CART]: { cart_id: cart.id } })
    repairs.push("linked")
  }
  const collection = cart.payment_collection
  if (collection && order && !(order.payment_collections ?? []).some((candidate) => candidate?.id === collection.id)) {
    await link.create({ [Modules.ORDER]: { order_id: orderId }, [Modules.PAYMENT]: { payment_collection_id: collection.id } })
    repairs.push("payment_linked")
  }
  if (!cart.completed_at) {
    await container.resolve(Modules.CART).updateCarts([{ id: cart.id, completed_at: order ? new Date(order.created_at) : new Date() }])
    repairs.push("completed")
  }
  const pending = sessionLeftPending(collection)
  if (pending) {
    try {
      // what Medusa's authorizePaymentSessionStep does: pay on delivery is authorized at once, a card is if the customer confirmed it
      await container.resolve(Modules.PAYMENT).authorizePaymentSession(pending.id, {})
      repairs.push("authorized")
    } catch (error) {
      // an unconfirmed card: the order waits for payment (the kitchen cannot start it) and the manager sees it
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`Order ${orderId}: its checkout's payment could not be authorized (${(error as Error).message}).`)
    }
  }
  return repairs
}
