import type { MedusaContainer } from "@medusajs/framework/types"
import type { BookedSlots } from "@oc-pizza/api-types"
import { isOpenAt } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { slotCapacity } from "./capacity"
import { readBookedSlots } from "./read-booked-pizzas"
import { readSlotRules } from "./read-slot-rules"
import { dayStart, localDay, SLOT_MINUTES } from "./slot-times"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "@/errors/domain-error"

const SLOT_MS = SLOT_MINUTES * 60_000

/**
 * What a manager, the counter and the kitchen read of a pizzeria's day: each
 * quarter hour that is open or has bookings, with pizzas booked against the
 * kitchen's capacity; and every order still to come whose booked slot the
 * pizzeria no longer serves (a closure or a change of hours added after it
 * was taken): flagged here, never dropped.
 */
export async function readBookedSlotsView(container: MedusaContainer, stockLocationId: string, day: string | undefined, now = new Date()): Promise<BookedSlots> {
  const rules = await readSlotRules(container, stockLocationId)
  const shown = day ?? localDay(now, rules.timezone)
  const from = dayStart(shown, rules.timezone)
  if (!from) throw new DomainError(400, "invalid_date", `${shown} is not a day of the calendar: give a date "YYYY-MM-DD" that exists.`, { field: "date" })
  const until = new Date(from.getTime() + 26 * 3_600_000)
  const booked = await readBookedSlots(container, stockLocationId, from, until)
  const slots: BookedSlots["slots"] = []
  for (let time = from.getTime(); time < until.getTime(); time += SLOT_MS) {
    const at = new Date(time)
    if (localDay(at, rules.timezone) !== shown) break
    const taken = booked.get(time)
    const open = !rules.service || isOpenAt(rules.service, at)
    if (!open && !taken) continue
    slots.push({ starts_at: at.toISOString(), booked: taken?.pizzas ?? 0, capacity: slotCapacity(rules.capacity, at, rules.timezone), orders: taken?.orders ?? 0 })
  }

  const upcoming = await container
    .resolve<KitchenModuleService>(KITCHEN_MODULE)
    .listKitchenTickets(
      { stock_location_id: stockLocationId, scheduled_for: { $gte: now }, status: { $nin: ["cancelled", "delivered", "collected"] } },
      { select: ["order_id", "scheduled_for", "kind"], take: null, order: { scheduled_for: "ASC" } }
    )
  const closed = upcoming.filter((ticket) => rules.service && !isOpenAt(rules.service, new Date(ticket.scheduled_for!)))
  const displayIds = await displayIdsOf(
    container,
    closed.map((ticket) => ticket.order_id)
  )
  return {
    pizzeria_id: stockLocationId,
    timezone: rules.timezone,
    slots,
    orders_in_closed_slots: closed.map((ticket) => ({
      order_id: ticket.order_id,
      display_id: displayIds.get(ticket.order_id) ?? null,
      scheduled_for: new Date(ticket.scheduled_for!).toISOString(),
      kind: ticket.kind,
    })),
  }
}

async function displayIdsOf(container: MedusaContainer, orderIds: string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
  return new Map(data.map((order) => [order.id, Number(order.display_id)]))
}
