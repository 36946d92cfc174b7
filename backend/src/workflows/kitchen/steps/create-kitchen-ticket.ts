import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Fulfilment, TicketStatus } from "@oc-pizza/api-types"
import { locationOfSalesChannel } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { DEPARTURE_AFTER_READY_MINUTES } from "@/orders/order-eta"
import { bakedQuantity, type CountedLine } from "@/slots/baked-quantity"
import { cartSlotOf, CHECKOUT_GRACE_MINUTES, fulfilmentOf, readSlotRefusal } from "@/slots/cart-slot"
import { asapReadyAt } from "@/slots/asap-ready-at"
import { fireAt, ovenQuarter, RIDE_GUESS_MINUTES } from "@/slots/booking"
import { readSlotRules, type SlotRules } from "@/slots/read-slot-rules"
import { slotError } from "@/slots/slot-errors"
import { withSlotLock } from "@/slots/slot-lock"

/** `history`: the first line this run wrote (`scheduled` or `received`), when it created the ticket. */
type Created = {
  id: string
  stock_location_id: string
  tracking_token: string
  created: boolean
  status: TicketStatus
  history?: { id: string; at: string }
}

export type CreateKitchenTicketInput = {
  order_id: string
  /** The order's pizzeria when the caller knows it already (the checkout resolved it); otherwise read from its sales channel. */
  stock_location_id?: string
  /**
   * The checkout's: a booked slot that became full, closed or too soon
   * refuses the order (and compensates it). A repair opening the ticket of an
   * order that exists already books its slot whatever it finds: the order is
   * never dropped.
   */
  enforce_slot?: boolean
}

const alreadyOpen = (ticket: { id: string; stock_location_id: string; tracking_token: string; status: TicketStatus }): Created => ({
  id: ticket.id,
  stock_location_id: ticket.stock_location_id,
  tracking_token: ticket.tracking_token,
  status: ticket.status,
  created: false,
})

const MINUTE = 60_000

export const createKitchenTicketStepId = "create-kitchen-ticket"

/**
 * The order's ticket, created once: the one place a ticket is opened, by the
 * checkout, the `order.placed` subscriber and the repair job alike. An order
 * placed twice (an event delivered again, a retry) finds the ticket it
 * already has. Delivery or pickup follows the order's shipping method.
 *
 * The ticket books the order's pizzas in a quarter hour of the kitchen's
 * capacity, under the pizzeria's slot lock so two orders never take the same
 * last room: the slot the customer chose for the cart (then it waits as
 * `scheduled` until its fire time, unless that is already past), or for an
 * order as soon as possible the quarter its queue estimate falls in, moved to
 * the first one with room.
 */
export const createKitchenTicketStep = createStep(
  createKitchenTicketStepId,
  async ({ order_id, stock_location_id, enforce_slot = false }: CreateKitchenTicketInput, { container }) => {
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    const [existing] = await kitchen.listKitchenTickets({ order_id }, { take: 1 })
    if (existing) return new StepResponse<Created, string | null>(alreadyOpen(existing), null)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "sales_channel_id", "shipping_methods.shipping_option_id", "cart.id", "items.variant_id", "items.quantity", "items.detail.quantity"],
      filters: { id: order_id },
    })
    const order = orders[0]
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} does not exist: no ticket to open`)
    if (!stock_location_id && !order.sales_channel_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${order_id} has no sales channel, so no pizzeria`)
    const stockLocationId = stock_location_id ?? (await locationOfSalesChannel(container, order.sales_channel_id!))
    const cartId = (order as { cart?: { id: string } | null }).cart?.id
    const [kind, chosen, pizzas, rules] = await Promise.all([
      fulfilmentOf(container, order.shipping_methods),
      cartId ? cartSlotOf(container, cartId) : Promise.resolve(null),
      bakedQuantity(container, order.items as CountedLine[]),
      readSlotRules(container, stockLocationId),
    ])

    const opened = await openBookedTicket(container, {
      order_id,
      stock_location_id: stockLocationId,
      kind,
      pizzas,
      scheduled_for: chosen,
      enforce_slot,
      rules,
    })
    return new StepResponse<Created, string | null>(opened, opened.created ? opened.id : null)
  },
  async (ticketId, { container }) => {
    if (!ticketId) return
    await container.resolve<KitchenModuleService>(KITCHEN_MODULE).deleteKitchenTickets(ticketId)
  }
)

export type TicketToOpen = {
  order_id: string
  stock_location_id: string
  kind: Fulfilment
  pizzas: number
  /** The slot the customer chose; null: as soon as possible. */
  scheduled_for: Date | null
  enforce_slot: boolean
  rules: SlotRules
}

/**
 * Books the order's pizzas and opens its ticket, under the pizzeria's slot
 * lock: what is booked is read and the ticket written by one booking at a
 * time, so two orders never both take a slot's last room (the ticket is the
 * booking: every ticket not cancelled counts). A chosen slot is checked
 * again (full, closed, too soon, within checkout's grace); an order as soon
 * as possible goes to its queue estimate's quarter, or the first with room.
 */
export async function openBookedTicket(
  container: MedusaContainer,
  { order_id, stock_location_id, kind, pizzas, scheduled_for, enforce_slot, rules }: TicketToOpen
): Promise<Created> {
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  return await withSlotLock(container, stock_location_id, async () => {
    const now = new Date()
    let booking: { status: TicketStatus; scheduled_for: Date | null; capacity_slot_at: Date; fire_at: Date | null; estimated_ready_at: Date }
    if (scheduled_for) {
      const slot = scheduled_for
      const refusal = await readSlotRefusal(container, {
        stockLocationId: stock_location_id,
        at: slot,
        now,
        fulfilment: kind,
        pizzas,
        rules,
        graceMinutes: CHECKOUT_GRACE_MINUTES,
      })
      if (refusal && enforce_slot) throw slotError(refusal, { scheduled_for: slot.toISOString(), stock_location_id })
      const fire = fireAt(slot, kind, null)
      booking = {
        status: fire.getTime() > now.getTime() ? "scheduled" : "received",
        scheduled_for: slot,
        // the quarter its pizzas come out of the oven in (a delivery's, before the ride)
        capacity_slot_at: ovenQuarter(slot, kind),
        fire_at: fire,
        estimated_ready_at: new Date(slot.getTime() - (kind === "delivery" ? DEPARTURE_AFTER_READY_MINUTES + RIDE_GUESS_MINUTES : 0) * MINUTE),
      }
    } else {
      const { slot, ready } = await asapReadyAt(container, stock_location_id, { pizzas, now, rules })
      booking = { status: "received", scheduled_for: null, capacity_slot_at: slot, fire_at: null, estimated_ready_at: ready }
    }

    let ticketId: string
    let trackingToken: string
    try {
      const ticket = await kitchen.createKitchenTickets({
        order_id,
        stock_location_id,
        kind,
        tracking_token: randomBytes(24).toString("base64url"),
        pizzas,
        ...booking,
      })
      ticketId = ticket.id
      trackingToken = ticket.tracking_token
    } catch (error) {
      // the same order placed twice at once: the other delivery created it
      const [raced] = await kitchen.listKitchenTickets({ order_id }, { take: 1 })
      if (!raced) throw error
      return alreadyOpen(raced)
    }
    try {
      const line = await kitchen.createKitchenTicketEvents({ ticket_id: ticketId, status: booking.status, at: now, actor: null })
      return { id: ticketId, stock_location_id, tracking_token: trackingToken, status: booking.status, created: true, history: { id: line.id, at: now.toISOString() } }
    } catch (error) {
      // this run's ticket without its first line: a step that fails is not compensated, so it goes here
      await kitchen.deleteKitchenTickets(ticketId)
      throw error
    }
  })
}
