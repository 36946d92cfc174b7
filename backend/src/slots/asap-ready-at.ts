import type { MedusaContainer } from "@medusajs/framework/types"
import { kitchenDelayMinutes, MINUTES_PER_QUEUED_ORDER } from "@/kitchen/kitchen-delay"
import { PREPARATION_MINUTES } from "@/orders/order-eta"
import { asapBooking } from "./booking"
import { readBookedSlots } from "./read-booked-pizzas"
import { readSlotRules, type SlotRules } from "./read-slot-rules"
import { slotStart } from "./slot-times"

const MINUTE = 60_000

/**
 * When an order as soon as possible would be ready, and the quarter hour it
 * counts against: the kitchen's queue estimate, moved to the first quarter
 * with room for its pizzas when the kitchen's capacity is booked there. The
 * one estimate the ticket, the delivery quote and the counter's quote share.
 * `queued`: the order is in the queue already (its own checkout), so only the
 * others are ahead of it.
 */
export async function asapReadyAt(
  container: MedusaContainer,
  stockLocationId: string,
  { pizzas, queued, now = new Date(), rules }: { pizzas: number; queued: boolean; now?: Date; rules?: SlotRules }
): Promise<{ ready: Date; slot: Date }> {
  const [delay, slotRules] = await Promise.all([kitchenDelayMinutes(container, stockLocationId, now), rules ?? readSlotRules(container, stockLocationId)])
  const ahead = Math.max(0, delay - (queued ? MINUTES_PER_QUEUED_ORDER : 0))
  const estimate = new Date(now.getTime() + (ahead + PREPARATION_MINUTES) * MINUTE)
  const booked = await readBookedSlots(container, stockLocationId, slotStart(estimate), new Date(estimate.getTime() + 5 * 60 * MINUTE))
  return asapBooking(slotRules, estimate, booked, pizzas)
}
