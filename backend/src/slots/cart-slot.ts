import type { MedusaContainer } from "@medusajs/framework/types"
import type { Fulfilment } from "@oc-pizza/api-types"
import { zoneDeliveryOptions } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bakedQuantity, type CountedLine } from "./baked-quantity"
import { ovenQuarter } from "./booking"
import { readBookedSlots } from "./read-booked-pizzas"
import { readSlotRules, type SlotRules } from "./read-slot-rules"
import { slotError } from "./slot-errors"
import { slotRefusal, type SlotRefusalCode } from "./slot-refusal"
import { SLOT_MINUTES } from "./slot-times"

/** Minutes a slot chosen in time may have come closer while the customer paid: checkout still keeps it. */
export const CHECKOUT_GRACE_MINUTES = 10

/** The slot a cart was booked for (`POST /store/carts/:id/slot`), or null: as soon as possible. */
export async function cartSlotOf(container: MedusaContainer, cartId: string): Promise<Date | null> {
  const [row] = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).listCartSlots({ cart_id: cartId }, { take: 1 })
  return row ? new Date(row.scheduled_for) : null
}

/** A cart's or an order's kind from its shipping methods: delivery when the zoning plugin's provider prices one, else pickup (also before one is chosen). */
export async function fulfilmentOf(container: MedusaContainer, methods: ({ shipping_option_id?: string | null } | null)[] | null | undefined): Promise<Fulfilment> {
  const optionIds = (methods ?? []).flatMap((method) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
  return (await zoneDeliveryOptions(container, optionIds)).size > 0 ? "delivery" : "pickup"
}

export type SlotCart = {
  id: string
  sales_channel_id?: string | null
  completed_at?: unknown
  items?: CountedLine[] | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
}

/** A cart as the slot checks read it (the route's and checkout's), or undefined when there is none. */
export async function readSlotCart(container: MedusaContainer, cartId: string): Promise<SlotCart | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "completed_at", "items.variant_id", "items.quantity", "shipping_methods.shipping_option_id"],
    filters: { id: cartId },
  })
  return data[0] as SlotCart | undefined
}

/**
 * Why the slot `at` cannot take `pizzas` more of this kind at this pizzeria
 * now (slot-refusal.ts, with the pizzas already booked there read), or
 * undefined. The ticket's booking asks it under the slot lock; the cart's
 * checks ask it without, to answer early.
 */
export async function readSlotRefusal(
  container: MedusaContainer,
  {
    stockLocationId,
    at,
    now,
    fulfilment,
    pizzas,
    rules,
    graceMinutes = 0,
    exceptOrderId = null,
  }: {
    stockLocationId: string
    at: Date
    now: Date
    fulfilment: Fulfilment
    pizzas: number
    rules: SlotRules
    graceMinutes?: number
    /** An order moving its own booking: what it booked does not count. */
    exceptOrderId?: string | null
  }
): Promise<SlotRefusalCode | undefined> {
  const oven = Number.isNaN(at.getTime()) ? at : ovenQuarter(at, fulfilment)
  const booked = Number.isNaN(at.getTime()) ? new Map() : await readBookedSlots(container, stockLocationId, oven, new Date(oven.getTime() + SLOT_MINUTES * 60_000), exceptOrderId)
  return slotRefusal({ at, now, fulfilment, pizzas, booked: booked.get(oven.getTime())?.pizzas ?? 0, service: rules.service, capacity: rules.capacity, graceMinutes })
}

/**
 * Refuses the slot `at` for this cart at this pizzeria when it is not a
 * quarter hour, too soon, closed or without room for the cart's pizzas (a
 * read without the lock: the ticket's booking, under it, is what guarantees
 * the room; this answers early and clearly).
 */
export async function assertSlotBookable(container: MedusaContainer, cart: SlotCart, stockLocationId: string, at: Date, now = new Date(), graceMinutes = 0): Promise<void> {
  const [rules, pizzas, fulfilment] = await Promise.all([
    readSlotRules(container, stockLocationId),
    bakedQuantity(container, cart.items),
    fulfilmentOf(container, cart.shipping_methods),
  ])
  const refusal = await readSlotRefusal(container, { stockLocationId, at, now, fulfilment, pizzas, rules, graceMinutes })
  if (refusal) throw slotError(refusal, { scheduled_for: Number.isNaN(at.getTime()) ? null : at.toISOString(), stock_location_id: stockLocationId })
}
