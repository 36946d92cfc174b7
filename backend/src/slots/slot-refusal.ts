import type { Fulfilment } from "@oc-pizza/api-types"
import { isOpenAt, type ServiceHours } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { ovenQuarter } from "./booking"
import { hasRoom, leadMinutes, slotCapacity, type KitchenCapacity } from "./capacity"
import { isSlotStart, localDay, slotDays } from "./slot-times"

export type SlotRefusalCode = "slot_invalid" | "slot_too_soon" | "slot_closed" | "slot_full"

export type SlotRequest = {
  at: Date
  now: Date
  fulfilment: Fulfilment
  /** Pizzas the order puts in the slot. */
  pizzas: number
  /** Pizzas other orders have booked in the slot's oven quarter (booking.ts). */
  booked: number
  service: ServiceHours | undefined
  capacity: KitchenCapacity
  /** Minutes the lead time is shortened by: checkout allows the time it took to pay for a slot that was bookable when chosen. */
  graceMinutes?: number
}

/**
 * Why a customer may not book the slot starting at `at`, or undefined when
 * they may: it must start a quarter hour, be at least the lead time away,
 * fall in the seven days offered and in the pizzeria's hours (closures
 * included), and have room for the order's pizzas in its oven quarter.
 */
export function slotRefusal({ at, now, fulfilment, pizzas, booked, service, capacity, graceMinutes = 0 }: SlotRequest): SlotRefusalCode | undefined {
  if (Number.isNaN(at.getTime()) || !isSlotStart(at)) return "slot_invalid"
  if (at.getTime() < now.getTime() + (leadMinutes(capacity, fulfilment) - graceMinutes) * 60_000) return "slot_too_soon"
  const timeZone = service?.timezone ?? "Europe/Paris"
  if (!slotDays(now, timeZone).includes(localDay(at, timeZone))) return "slot_closed"
  if (service && !isOpenAt(service, at)) return "slot_closed"
  if (!hasRoom(slotCapacity(capacity, ovenQuarter(at, fulfilment), timeZone), booked, pizzas)) return "slot_full"
  return undefined
}
