import type { Fulfilment } from "@oc-pizza/api-types"

/** A day part with a capacity of its own: local times, "to" at or before "from" running past midnight. */
export type DayPart = { from: string; to: string; pizzas: number }

/**
 * What a manager sets for a pizzeria's kitchen: pizzas it can put out per
 * quarter hour (null: not limited), day parts that override it, and how long
 * before a slot a customer may still book it.
 */
export type KitchenCapacity = {
  pizzas_per_slot: number | null
  day_parts: DayPart[]
  delivery_lead_minutes: number
  pickup_lead_minutes: number
}

export const DEFAULT_CAPACITY: KitchenCapacity = { pizzas_per_slot: null, day_parts: [], delivery_lead_minutes: 30, pickup_lead_minutes: 20 }

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(":").map(Number)
  return hours * 60 + minutes
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>()

/** Minutes since local midnight at `at` in `timeZone`. */
function localMinutes(at: Date, timeZone: string): number {
  let format = timeFormatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    timeFormatters.set(timeZone, format)
  }
  return minutesOf(format.format(at))
}

function inPart(part: DayPart, minutes: number): boolean {
  const from = minutesOf(part.from)
  const to = minutesOf(part.to)
  return to > from ? minutes >= from && minutes < to : minutes >= from || minutes < to
}

/** Pizzas the kitchen can put out in the slot starting at `at` (the first day part that covers it, else the pizzeria's figure); null when not limited. */
export function slotCapacity(capacity: KitchenCapacity, at: Date, timeZone: string): number | null {
  const minutes = localMinutes(at, timeZone)
  const part = capacity.day_parts.find((candidate) => inPart(candidate, minutes))
  return part ? part.pizzas : capacity.pizzas_per_slot
}

/** Minutes between ordering and the earliest slot a customer may book. */
export function leadMinutes(capacity: KitchenCapacity, fulfilment: Fulfilment): number {
  return fulfilment === "delivery" ? capacity.delivery_lead_minutes : capacity.pickup_lead_minutes
}

/** Whether `pizzas` more fit in a slot that has `booked` of `limit` (null: not limited). */
export function hasRoom(limit: number | null, booked: number, pizzas: number): boolean {
  return limit === null || booked + pizzas <= limit
}
