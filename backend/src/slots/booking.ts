import type { Fulfilment } from "@oc-pizza/api-types"
import { DEPARTURE_AFTER_READY_MINUTES, PREPARATION_MINUTES } from "@/orders/order-eta"
import { hasRoom, slotCapacity } from "./capacity"
import type { BookedSlot } from "./read-booked-pizzas"
import type { SlotRules } from "./read-slot-rules"
import { SLOT_MINUTES, slotStart } from "./slot-times"

const MINUTE = 60_000
/** A delivery's ride before it is estimated from the address (record-delivery-ride then sets the fire time from the real one). */
export const RIDE_GUESS_MINUTES = 15
/** How far an order as soon as possible may be pushed to find room: past this, it keeps its own quarter (never refused for capacity). */
const ASAP_SEARCH_MINUTES = 4 * 60

/** When a scheduled order enters the kitchen's queue: its slot minus the preparation, and for a delivery the driver's wait and the ride. */
export function fireAt(scheduledFor: Date, kind: Fulfilment, rideMinutes: number | null): Date {
  const before = PREPARATION_MINUTES + (kind === "delivery" ? DEPARTURE_AFTER_READY_MINUTES + (rideMinutes ?? RIDE_GUESS_MINUTES) : 0)
  return new Date(scheduledFor.getTime() - before * MINUTE)
}

/**
 * The quarter hour an order as soon as possible counts against: the one its
 * ready time falls in, or the first after it with room for its pizzas. Its
 * ready time moves to that quarter's start when it had to move.
 */
export function asapBooking(rules: SlotRules, readyAt: Date, booked: Map<number, BookedSlot>, pizzas: number): { slot: Date; ready: Date } {
  const first = slotStart(readyAt)
  for (let offset = 0; offset <= ASAP_SEARCH_MINUTES; offset += SLOT_MINUTES) {
    const slot = new Date(first.getTime() + offset * MINUTE)
    if (hasRoom(slotCapacity(rules.capacity, slot, rules.timezone), booked.get(slot.getTime())?.pizzas ?? 0, pizzas)) {
      return { slot, ready: offset === 0 ? readyAt : slot }
    }
  }
  return { slot: first, ready: readyAt }
}
