import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { serviceDayStart } from "../dashboard/service-day"
import { DomainError } from "../errors/domain-error"
import { userNames } from "../staff/user-names"

/** How the customer paid a delivered order: at the door (cash, the card terminal), or online before it left. */
export type RunPayment = "cash" | "card_terminal" | "online"

/** One order a driver handed over today. */
export type DriverRun = {
  ticket_id: string
  order_id: string
  display_id: number | null
  delivered_at: string
  address: string
  /** The order's total, in its currency's main unit. */
  amount: number
  currency_code: string
  paid_with: RunPayment
  driver: { id: string; name: string }
}

/** A driver's shift so far: what they delivered, what they collected, and the cash they hand over at the end. */
export type DriverShift = {
  driver: { id: string; name: string }
  runs: number
  cash: number
  card_terminal: number
  online: number
  /** The cash collected at the door: what goes back into the till. */
  to_hand_over: number
}

export type DriverRuns = {
  pizzeria_id: string
  /** The service day's start in the pizzeria's time zone (05:00 local, as the manager's dashboard counts). */
  day_started_at: string
  time_zone: string
  currency_code: string
  /** Newest first. */
  runs: DriverRun[]
  /** One per driver with a run today, most cash first. */
  shifts: DriverShift[]
}

const euros = (amount: number) => Math.round(amount * 100) / 100

/**
 * Whose runs a caller may read: a driver only their own (asking for someone
 * else's is refused, not silently narrowed), a manager or an admin anyone's,
 * every driver's when they name nobody.
 */
export function driverOfRunsFor(caller: { role: string }, callerId: string | null, askedDriverId: string | undefined): string | null {
  if (caller.role !== "driver") return askedDriverId ?? null
  if (askedDriverId && askedDriverId !== callerId) {
    throw new DomainError(403, "other_driver", "A driver sees only their own runs.", { driver_id: askedDriverId })
  }
  if (!callerId) throw new DomainError(403, "other_driver", "A driver sees only their own runs.")
  return callerId
}

/** The orders delivered today at a pizzeria (by one driver, or by all when `driverId` is null), with each driver's takings. */
export async function readDriverRuns(container: MedusaContainer, pizzeriaId: string, driverId: string | null, now = new Date()): Promise<DriverRuns> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "service_location.timezone"], filters: { id: pizzeriaId } })
  if (!locations[0]) throw new DomainError(404, "pizzeria_not_found", `Pizzeria ${pizzeriaId} does not exist.`)
  const timeZone = (locations[0] as { service_location?: { timezone?: string } | null }).service_location?.timezone ?? "Europe/Paris"
  const since = serviceDayStart(now, timeZone)

  // a ticket delivered today was last written today; who handed it over and when is its "delivered" line
  const { data: delivered } = await query.graph({
    entity: "kitchen_ticket",
    fields: ["id", "order_id", "paid_with", "events.status", "events.at", "events.actor"],
    filters: { stock_location_id: pizzeriaId, status: "delivered", updated_at: { $gte: since } },
  })
  const tickets = delivered.flatMap((ticket) => {
    const line = (ticket.events ?? []).find((event) => event?.status === "delivered")
    if (!line?.actor || new Date(line.at) < since || (driverId && line.actor !== driverId)) return []
    return [{ ...ticket, handed_over: { at: new Date(line.at), actor: line.actor } }]
  })
  const empty = { pizzeria_id: pizzeriaId, day_started_at: since.toISOString(), time_zone: timeZone, currency_code: "eur", runs: [], shifts: [] }
  if (tickets.length === 0) return empty
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "total", "currency_code", "shipping_address.address_1", "shipping_address.address_2", "shipping_address.postal_code", "shipping_address.city"],
    filters: { id: tickets.map((ticket) => ticket.order_id) },
  })
  const orderOf = new Map(orders.map((order) => [order.id, order]))
  const nameOf = await userNames(container, [...new Set(tickets.map((ticket) => ticket.handed_over.actor))])

  const runs: DriverRun[] = tickets
    .map((ticket) => {
      const line = ticket.handed_over
      const order = orderOf.get(ticket.order_id)
      const address = order?.shipping_address
      return {
        ticket_id: ticket.id,
        order_id: ticket.order_id,
        display_id: order?.display_id == null ? null : Number(order.display_id),
        delivered_at: line.at.toISOString(),
        address: [address?.address_1, address?.address_2, [address?.postal_code, address?.city].filter(Boolean).join(" ")].filter(Boolean).join(", "),
        amount: euros(Number(order?.total ?? 0)),
        currency_code: order?.currency_code ?? "eur",
        paid_with: (ticket.paid_with ?? "online") as RunPayment,
        driver: { id: line.actor, name: nameOf.get(line.actor) ?? line.actor },
      }
    })
    .sort((a, b) => b.delivered_at.localeCompare(a.delivered_at))
  return { ...empty, currency_code: runs[0].currency_code, runs, shifts: shiftsOf(runs) }
}

/** Each driver's runs summed by how they were paid. */
export function shiftsOf(runs: DriverRun[]): DriverShift[] {
  const shifts = new Map<string, DriverShift>()
  for (const run of runs) {
    const shift = shifts.get(run.driver.id) ?? { driver: run.driver, runs: 0, cash: 0, card_terminal: 0, online: 0, to_hand_over: 0 }
    shift.runs++
    shift[run.paid_with] = euros(shift[run.paid_with] + run.amount)
    shift.to_hand_over = shift.cash
    shifts.set(run.driver.id, shift)
  }
  return [...shifts.values()].sort((a, b) => b.to_hand_over - a.to_hand_over || a.driver.name.localeCompare(b.driver.name))
}
