import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Fulfilment } from "@oc-pizza/api-types"
import { DomainError } from "@/errors/domain-error"
import { assertTakingOnlineOrders } from "@/pizzerias/assert-taking-online-orders"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { ovenQuarter } from "@/slots/booking"
import { readSlotRefusal } from "@/slots/cart-slot"
import { readSlotRules } from "@/slots/read-slot-rules"
import { slotError } from "@/slots/slot-errors"
import { withSlotLock } from "@/slots/slot-lock"

type Booking = { scheduled_for: Date; capacity_slot_at: Date; fire_at: Date; estimated_ready_at: Date }
type Undo = { ticket_id: string; before: Booking }

export type MovedSlot = { ticket_id: string; order_id: string; stock_location_id: string; from: string; to: string }

/**
 * A booked order moves to another quarter hour, under the pizzeria's slot
 * lock as a booking is made: refused as a new booking would be (too soon,
 * closed, no room for its pizzas, what it booked itself not counted, a rush
 * pause), and only before its fire time (409 `preparation_started` from
 * then: the minute job is sending it to the kitchen). Asked for the slot it
 * has, nothing moves. Its fire and ready times move by as much as
 * its slot (a delivery keeps the ride its address gave), its oven quarter
 * follows the new slot. Compensation puts the old booking back.
 */
export const moveTicketSlotStep = createStep(
  "move-ticket-slot",
  async ({ ticket_id, scheduled_for }: { ticket_id: string; scheduled_for: string }, { container }) => {
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    const at = new Date(scheduled_for)
    const { moved, undo } = await withSlotLock(
      container,
      (await kitchen.retrieveKitchenTicket(ticket_id)).stock_location_id,
      async (): Promise<{ moved: MovedSlot; undo: Undo | null }> => {
        const ticket = await kitchen.retrieveKitchenTicket(ticket_id)
        const now = new Date()
        // its fire time come, the minute job is about to send it to the kitchen: the time is the kitchen's now
        if (ticket.status !== "scheduled" || !ticket.scheduled_for || !ticket.fire_at || !ticket.capacity_slot_at || new Date(ticket.fire_at).getTime() <= now.getTime()) {
          throw new DomainError(
            409,
            "preparation_started",
            {
              fr: "Votre commande est déjà dans la file de la cuisine : son heure ne peut plus changer ici. Appelez la pizzeria.",
              en: "Your order is already in the kitchen's queue: its time can no longer change here. Call the pizzeria.",
            },
            { status: ticket.status }
          )
        }
        const before: Booking = {
          scheduled_for: new Date(ticket.scheduled_for),
          capacity_slot_at: new Date(ticket.capacity_slot_at),
          fire_at: new Date(ticket.fire_at),
          estimated_ready_at: new Date(ticket.estimated_ready_at ?? ticket.scheduled_for),
        }
        const from = before.scheduled_for.toISOString()
        if (at.getTime() === before.scheduled_for.getTime()) {
          return { moved: { ticket_id, order_id: ticket.order_id, stock_location_id: ticket.stock_location_id, from, to: from }, undo: null }
        }
        const kind = ticket.kind as Fulfilment
        const refusal = await readSlotRefusal(container, {
          stockLocationId: ticket.stock_location_id,
          at,
          now,
          fulfilment: kind,
          pizzas: ticket.pizzas,
          rules: await readSlotRules(container, ticket.stock_location_id),
          exceptOrderId: ticket.order_id,
        })
        if (refusal) throw slotError(refusal, { scheduled_for: Number.isNaN(at.getTime()) ? null : at.toISOString(), stock_location_id: ticket.stock_location_id })
        // a manager's rush pause refuses new bookings in its window: a move into it too
        await assertTakingOnlineOrders(container, ticket.stock_location_id, now, at)
        const shift = at.getTime() - before.scheduled_for.getTime()
        await kitchen.updateKitchenTickets({
          id: ticket_id,
          scheduled_for: at,
          capacity_slot_at: ovenQuarter(at, kind),
          fire_at: new Date(before.fire_at.getTime() + shift),
          estimated_ready_at: new Date(before.estimated_ready_at.getTime() + shift),
        })
        return { moved: { ticket_id, order_id: ticket.order_id, stock_location_id: ticket.stock_location_id, from, to: at.toISOString() }, undo: { ticket_id, before } }
      }
    )
    return new StepResponse<MovedSlot, Undo | null>(moved, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<KitchenModuleService>(KITCHEN_MODULE).updateKitchenTickets({ id: undo.ticket_id, ...undo.before })
  }
)
