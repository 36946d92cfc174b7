import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Fulfilment, PizzeriaSlots } from "@oc-pizza/api-types"
import { isOpenAt } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { onlineOrdersPause } from "@/pizzerias/online-orders-pause"
import { ovenQuarter } from "./booking"
import { candidateSlots, slotsWithRoom } from "./list-slots"
import { readBookedSlots } from "./read-booked-pizzas"
import { readSlotRules } from "./read-slot-rules"
import { SLOT_MINUTES } from "./slot-times"

/**
 * A pizzeria's slots for a customer: the quarter hours of the next seven days
 * it serves, from its lead time on, with room for `pizzas` more; and whether
 * "as soon as possible" is offered (open now, online orders not paused).
 * Undefined when the pizzeria is not on one of `salesChannelIds`.
 */
export async function readPizzeriaSlots(
  container: MedusaContainer,
  stockLocationId: string,
  salesChannelIds: string[],
  fulfilment: Fulfilment,
  pizzas: number,
  now = new Date()
): Promise<PizzeriaSlots | undefined> {
  const { data: locations } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: ["id", "metadata", "sales_channels.id"],
    filters: { id: stockLocationId },
  })
  const location = locations[0]
  if (!location || !(location.sales_channels ?? []).some((channel) => channel && salesChannelIds.includes(channel.id))) return undefined
  const rules = await readSlotRules(container, stockLocationId)
  // a manager's rush pause stops the web until it ends: the slots before that are not offered either
  const pause = onlineOrdersPause(location.metadata, now)
  const candidates = candidateSlots(rules, fulfilment, now).filter((at) => !pause || at.getTime() >= new Date(pause.until).getTime())
  const booked = candidates.length
    ? await readBookedSlots(container, stockLocationId, ovenQuarter(candidates[0], fulfilment), new Date(candidates[candidates.length - 1].getTime() + SLOT_MINUTES * 60_000))
    : new Map()
  const open = rules.service ? isOpenAt(rules.service, now) : true
  return {
    pizzeria_id: stockLocationId,
    fulfilment,
    timezone: rules.timezone,
    asap: { available: open && !pause },
    days: slotsWithRoom(rules, candidates, booked, pizzas, now, fulfilment),
  }
}
