import type { MedusaContainer } from "@medusajs/framework/types"
import type { Fulfilment } from "@oc-pizza/api-types"
import { zoneDeliveryOptions } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { bakedQuantity } from "./baked-quantity"
import { readBookedSlots } from "./read-booked-pizzas"
import { readSlotRules } from "./read-slot-rules"
import { slotError } from "./slot-errors"
import { slotRefusal } from "./slot-refusal"
import { SLOT_MINUTES } from "./slot-times"

/** Minutes a slot chosen in time may have come closer while the customer paid: checkout still keeps it. */
export const CHECKOUT_GRACE_MINUTES = 10

/** The slot a cart was booked for (`POST /store/carts/:id/slot`), or null: as soon as possible. */
export async function cartSlotOf(container: MedusaContainer, cartId: string): Promise<Date | null> {
  const [row] = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).listCartSlots({ cart_id: cartId }, { take: 1 })
  return row ? new Date(row.scheduled_for) : null
}

/** A cart's kind of order from its shipping method: delivery when the zoning plugin's provider prices it, else pickup (also before one is chosen). */
export async function cartFulfilment(container: MedusaContainer, methods: ({ shipping_option_id?: string | null } | null)[] | null | undefined): Promise<Fulfilment> {
  const optionIds = (methods ?? []).flatMap((method) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
  return (await zoneDeliveryOptions(container, optionIds)).size > 0 ? "delivery" : "pickup"
}

export type SlotCart = {
  id: string
  items?: ({ variant_id?: string | null; quantity?: unknown } | null)[] | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
}

/**
 * Refuses the slot `at` for this cart at this pizzeria when it is not a
 * quarter hour, too soon, closed or without room for the cart's pizzas (a
 * read without the lock: the ticket's booking, under it, is what guarantees
 * the room; this answers early and clearly).
 */
export async function assertSlotBookable(container: MedusaContainer, cart: SlotCart, stockLocationId: string, at: Date, now = new Date(), graceMinutes = 0): Promise<void> {
  const lines = (cart.items ?? []).flatMap((item) => (item ? [{ variant_id: item.variant_id, quantity: Number(item.quantity ?? 0) }] : []))
  const [rules, pizzas, fulfilment] = await Promise.all([
    readSlotRules(container, stockLocationId),
    bakedQuantity(container, lines),
    cartFulfilment(container, cart.shipping_methods),
  ])
  const booked = Number.isNaN(at.getTime()) ? new Map() : await readBookedSlots(container, stockLocationId, at, new Date(at.getTime() + SLOT_MINUTES * 60_000))
  const refusal = slotRefusal({ at, now, fulfilment, pizzas, booked: booked.get(at.getTime())?.pizzas ?? 0, service: rules.service, capacity: rules.capacity, graceMinutes })
  if (refusal) throw slotError(refusal, { scheduled_for: Number.isNaN(at.getTime()) ? null : at.toISOString(), stock_location_id: stockLocationId })
}
