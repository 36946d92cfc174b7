import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { matchCustomisedReservations } from "../customisation/customised-reservations"
import { lineKitsOf } from "../customisation/line-kits"
import { orderedQuantity } from "../kitchen/ordered-quantity"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"
import { underOrderLocks } from "./under-order-locks"

/** An order younger than this may still be reserving: Medusa's completion makes the order first, the reservations a step later. */
const SETTLING_MS = 30_000

type OrderItem = {
  id: string
  quantity: number
  variant_id?: string | null
  product_id?: string | null
  metadata?: Record<string, unknown> | null
  detail?: { quantity?: unknown; fulfilled_quantity?: unknown } | null
  variant?: { manage_inventory?: boolean | null; inventory_items?: ({ inventory_item_id: string; required_quantity: unknown } | null)[] | null } | null
}

/**
 * Reservations are written by Medusa's steps, never in the same transaction
 * as the lines they follow: the cart completion makes the order, then
 * reserves; an edit's confirmation changes the lines, then deletes the
 * changed lines' reservations, then reserves anew. A process killed in
 * between (found by the crash test) leaves an order with nothing reserved,
 * or holding for 1 pizza while it has 2 (or the reverse), so the stock looks
 * fuller, or emptier, than it is. For orders the kitchen has not yet made
 * (received or preparing), this makes each unfulfilled line's reservations
 * match the line (quantity × the ingredient's required quantity) at the
 * order's pizzeria, even beyond what is left: the order is promised, and
 * the manager sees the gap. A customised pizza holds no ingredient it is
 * made without, and its extras' own reservations are made if missing
 * (customisation/customised-reservations.ts). A line with anything fulfilled is never touched
 * (the fulfillment consumed its reservation). Each order is reconciled
 * holding its lock and its ticket's lock, taken without waiting: a change,
 * cancellation or kitchen move running now is left alone, and its order
 * reconciled by a later run. Returns the orders it repaired.
 */
export async function restoreMissingReservations(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const waiting = await kitchen.listKitchenTickets(
    { status: ["scheduled", "received", "preparing"], created_at: { $lte: new Date(now.getTime() - SETTLING_MS) } },
    { select: ["id", "order_id", "stock_location_id"], take: null }
  )
  const repaired: string[] = []
  for (const ticket of waiting) {
    const fixed = await underOrderLocks(container, { order_id: ticket.order_id, ticket_id: ticket.id }, () => reconcileOrder(container, ticket.order_id, ticket.stock_location_id))
    if (fixed) repaired.push(ticket.order_id)
  }
  return repaired
}

/** Makes the order's unfulfilled lines' reservations match the lines; true when it changed anything. Read under the order's locks. */
async function reconcileOrder(container: MedusaContainer, orderId: string, locationId: string): Promise<boolean> {
  const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      "items.quantity",
      "items.variant_id",
      "items.product_id",
      "items.metadata",
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
      "items.variant.manage_inventory",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: orderId, status: { $nin: ["draft", "canceled"] } },
  })
  const items = ((orders[0]?.items ?? []) as (OrderItem | null)[]).filter(
    (item): item is OrderItem => Boolean(item?.variant?.manage_inventory) && !(Number(item!.detail?.fulfilled_quantity ?? 0) > 0)
  )
  if (!items.length) return false
  const kits = await lineKitsOf(container, items)
  const inventory = container.resolve(Modules.INVENTORY)
  const held = await inventory.listReservationItems(
    { line_item_id: items.map((item) => item.id) },
    { select: ["id", "line_item_id", "inventory_item_id", "location_id", "quantity"], take: null }
  )
  const toDelete: string[] = []
  const toCreate: { line_item_id: string; inventory_item_id: string; location_id: string; quantity: number; allow_backorder: boolean }[] = []
  for (const item of items) {
    for (const part of item.variant?.inventory_items ?? []) {
      if (!part) continue
      const madeWithout = kits[item.id] && !kits[item.id].some((made) => made.inventory_item_id === part.inventory_item_id)
      const needed = madeWithout ? 0 : orderedQuantity(item) * Number(part.required_quantity)
      const rows = held.filter((row) => row.line_item_id === item.id && row.inventory_item_id === part.inventory_item_id)
      const holding = rows.reduce((total, row) => total + Number(row.quantity), 0)
      if (holding === needed) continue
      // replaced whole: one reservation of what the line needs, where it was held (else at the ticket's pizzeria)
      toDelete.push(...rows.map((row) => row.id))
      if (needed > 0)
        toCreate.push({
          line_item_id: item.id,
          inventory_item_id: part.inventory_item_id,
          location_id: rows[0]?.location_id ?? locationId,
          quantity: needed,
          allow_backorder: true,
        })
    }
  }
  if (toDelete.length) await inventory.deleteReservationItems(toDelete)
  if (toCreate.length) await inventory.createReservationItems(toCreate)
  const extras = Object.keys(kits).length ? await matchCustomisedReservations(container, orderId, locationId, { allowBackorder: true }) : { created: [], deleted: [] }
  return toDelete.length > 0 || toCreate.length > 0 || extras.created.length > 0 || extras.deleted.length > 0
}
