import type { Fulfilment, PizzeriaSlots, Slot } from "@oc-pizza/api-types"
import { ovenQuarter } from "./booking"
import { hasRoom, leadMinutes, slotCapacity } from "./capacity"
import type { BookedSlot } from "./read-booked-pizzas"
import type { SlotRules } from "./read-slot-rules"
import { localDay, openSlots, SLOT_MINUTES, slotDays } from "./slot-times"

const SLOT_MS = SLOT_MINUTES * 60_000

/** The open quarter hours a listing may offer, before capacity: from the lead time on, over the seven days. */
export function candidateSlots(rules: SlotRules, fulfilment: Fulfilment, now: Date): Date[] {
  return openSlots(rules.service, now, new Date(now.getTime() + leadMinutes(rules.capacity, fulfilment) * 60_000))
}

/**
 * The candidates with room for `pizzas` more in their oven quarter (booking.ts), grouped by the pizzeria's local day
 * (every day of the seven listed, empty ones too).
 */
export function slotsWithRoom(rules: SlotRules, candidates: Date[], booked: Map<number, BookedSlot>, pizzas: number, now: Date, fulfilment: Fulfilment): PizzeriaSlots["days"] {
  const byDay = new Map<string, Slot[]>(slotDays(now, rules.timezone).map((day) => [day, []]))
  for (const at of candidates) {
    const oven = ovenQuarter(at, fulfilment)
    const taken = booked.get(oven.getTime())?.pizzas ?? 0
    if (!hasRoom(slotCapacity(rules.capacity, oven, rules.timezone), taken, pizzas)) continue
    byDay.get(localDay(at, rules.timezone))?.push({ starts_at: at.toISOString(), ends_at: new Date(at.getTime() + SLOT_MS).toISOString() })
  }
  return [...byDay].map(([date, slots]) => ({ date, slots }))
}
