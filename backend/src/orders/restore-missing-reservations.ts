import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderedQuantity } from "../kitchen/ordered-quantity"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"

/** An order younger than this may still be reserving: Medusa's completion makes the order first, the reservations a step later. */
const SETTLING_MS = 30_000

type OrderItem = {
  id: string
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  variant?: { manage_inventory?: boolean | null; inventory_items?: ({ inventory_item_id: string; required_quantity: unknown } | null)[] | null } | null
}

/**
 * Medusa's cart completion creates the order, then (in parallel steps, not
 * one transaction) links it to the cart and reserves its ingredients. A
 * process killed between the two leaves an order the customer was told
 * about with nothing reserved (found by the crash test), so the stock looks
 * fuller than it is. For orders the kitchen has not yet made (received or
 * preparing), this puts the reservations back at the order's pizzeria, even
 * beyond what is left: the order is promised, and the manager sees the gap.
 * Returns the orders it repaired.
 */
export async function restoreMissingReservations(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const waiting = await kitchen.listKitchenTickets(
    { status: ["received", "preparing"], created_at: { $lte: new Date(now.getTime() - SETTLING_MS) } },
    { select: ["order_id", "stock_location_id"], take: null }
  )
  if (!waiting.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "items.id",
      "items.quantity",
      "items.detail.quantity",
      "items.variant.manage_inventory",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: waiting.map((ticket) => ticket.order_id), status: { $nin: ["draft", "canceled"] } },
  })
  const inventory = container.resolve(Modules.INVENTORY)
  const lineIds = orders.flatMap((order) => (order.items ?? []).flatMap((item) => (item ? [item.id] : [])))
  if (!lineIds.length) return []
  const reserved = new Set(
    (await inventory.listReservationItems({ line_item_id: lineIds }, { select: ["line_item_id"], take: null })).map((reservation) => reservation.line_item_id)
  )
  const locationOf = new Map(waiting.map((ticket) => [ticket.order_id, ticket.stock_location_id]))

  const repaired: string[] = []
  for (const order of orders) {
    const items = ((order.items ?? []) as (OrderItem | null)[]).filter((item): item is OrderItem => Boolean(item?.variant?.manage_inventory) && orderedQuantity(item!) > 0)
    // an order with any reservation went through the step: only a wholly unreserved one was cut short
    if (!items.length || items.some((item) => reserved.has(item.id))) continue
    const location = locationOf.get(order.id)!
    await inventory.createReservationItems(
      items.flatMap((item) =>
        (item.variant?.inventory_items ?? []).flatMap((part) =>
          part
            ? [
                {
                  line_item_id: item.id,
                  inventory_item_id: part.inventory_item_id,
                  location_id: location,
                  quantity: orderedQuantity(item) * Number(part.required_quantity),
                  allow_backorder: true,
                },
              ]
            : []
        )
      )
    )
    repaired.push(order.id)
  }
  return repaired
}
