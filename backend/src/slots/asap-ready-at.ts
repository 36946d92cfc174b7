import type { MedusaContainer } from "@medusajs/framework/types"
import { kitchenDelayMinutes } from "@/kitchen/kitchen-delay"
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
 * one estimate the ticket, the delivery quote and the counter's quote share
 * (the queue is the tickets: an order's own ticket is not open yet when its
 * estimate is made). `queueMinutes`: the queue's part, which the counter
 * also tells as orders ahead.
 */
export async function asapReadyAt(
  container: MedusaContainer,
  stockLocationId: string,
  { pizzas, now = new Date(), rules }: { pizzas: number; now?: Date; rules?: SlotRules }
): Promise<{ ready: Date; slot: Date; queueMinutes: number }> {
  const [ahead, slotRules] = await Promise.all([kitchenDelayMinutes(container, stockLocationId, now), rules ?? readSlotRules(container, stockLocationId)])
  const estimate = new Date(now.getTime() + (ahead + PREPARATION_MINUTES) * MINUTE)
  const booked = await readBookedSlots(container, stockLocationId, slotStart(estimate), new Date(estimate.getTime() + 5 * 60 * MINUTE))
  return { ...asapBooking(slotRules, estimate, booked, pizzas), queueMinutes: ahead }
}
