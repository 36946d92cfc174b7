import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { bakedQuantity, type CountedLine } from "@/slots/baked-quantity"
import { hasRoom, slotCapacity } from "@/slots/capacity"
import { readBookedSlots } from "@/slots/read-booked-pizzas"
import { readSlotRules } from "@/slots/read-slot-rules"
import { slotError } from "@/slots/slot-errors"
import { withSlotLock } from "@/slots/slot-lock"
import { SLOT_MINUTES } from "@/slots/slot-times"

/**
 * The ticket's pizzas follow the order's pending change, under the
 * pizzeria's slot lock: a booked slot must have room for the pizzas added
 * (409 `slot_full` otherwise); an order as soon as possible only updates its
 * count. Compensation puts the old count back.
 */
export const rebookTicketPizzasStep = createStep(
  "rebook-ticket-pizzas",
  async ({ ticket_id, order_id }: { ticket_id: string; order_id: string }, { container }) => {
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    const ticket = await kitchen.retrieveKitchenTicket(ticket_id)
    const preview = await container.resolve(Modules.ORDER).previewOrderChange(order_id)
    const pizzas = await bakedQuantity(container, preview.items as CountedLine[])
    if (pizzas === ticket.pizzas) return new StepResponse(null, null)
    await withSlotLock(container, ticket.stock_location_id, async () => {
      if (ticket.scheduled_for && ticket.capacity_slot_at && pizzas > ticket.pizzas) {
        const slot = new Date(ticket.capacity_slot_at)
        const rules = await readSlotRules(container, ticket.stock_location_id)
        const booked = await readBookedSlots(container, ticket.stock_location_id, slot, new Date(slot.getTime() + SLOT_MINUTES * 60_000), order_id)
        if (!hasRoom(slotCapacity(rules.capacity, slot, rules.timezone), booked.get(slot.getTime())?.pizzas ?? 0, pizzas)) {
          throw slotError("slot_full", { scheduled_for: slot.toISOString(), stock_location_id: ticket.stock_location_id })
        }
      }
      await kitchen.updateKitchenTickets({ id: ticket_id, pizzas })
    })
    return new StepResponse(null, { ticket_id, pizzas: ticket.pizzas })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<KitchenModuleService>(KITCHEN_MODULE).updateKitchenTickets({ id: before.ticket_id, pizzas: before.pizzas })
  }
)
