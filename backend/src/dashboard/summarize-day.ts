import type { TicketStatus } from "@oc-pizza/api-types"

export type DayTicket = {
  id: string
  display_id: number | null
  kind: "delivery" | "pickup"
  status: TicketStatus
  estimated_ready_at: string | null
  paid_with: "cash" | "card_terminal" | null
  /** The order's total, in euros. */
  total: number
  history: { status: TicketStatus; at: string; actor: string | null }[]
}

export type DaySummary = {
  open: Record<"received" | "preparing" | "ready" | "out_for_delivery" | "delivery_failed", number>
  orders: number
  revenue: number
  /** From "received" to "ready", over the orders that got there. */
  average_preparation_minutes: number | null
  /** From "out_for_delivery" to "delivered". */
  average_delivery_minutes: number | null
  /** Not ready at their estimated time, most late first. */
  late: { ticket_id: string; display_id: number | null; status: TicketStatus; minutes_late: number }[]
  /** Cash handed to each driver (the actor who marked the order delivered): the end-of-shift count. */
  cash_by_driver: { actor: string; orders: number; amount: number }[]
}

const minutesBetween = (from: string, to: string) => (new Date(to).getTime() - new Date(from).getTime()) / 60_000
const firstAt = (ticket: DayTicket, status: TicketStatus) => ticket.history.find((entry) => entry.status === status)
const lastAt = (ticket: DayTicket, status: TicketStatus) => [...ticket.history].reverse().find((entry) => entry.status === status)
const average = (values: number[]) => (values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10 : null)
const euros = (amount: number) => Math.round(amount * 100) / 100

/** A manager's day at one pizzeria, from its tickets of the day (pure: the route reads, this counts). */
export function summarizeDay(tickets: DayTicket[], now: Date): DaySummary {
  const open: DaySummary["open"] = { received: 0, preparing: 0, ready: 0, out_for_delivery: 0, delivery_failed: 0 }
  for (const ticket of tickets) if (ticket.status in open) open[ticket.status as keyof DaySummary["open"]]++

  const kept = tickets.filter((ticket) => ticket.status !== "cancelled")
  const preparation = kept.flatMap((ticket) => {
    const received = firstAt(ticket, "received")
    const ready = firstAt(ticket, "ready")
    return received && ready ? [minutesBetween(received.at, ready.at)] : []
  })
  const delivery = kept.flatMap((ticket) => {
    const left = lastAt(ticket, "out_for_delivery")
    const delivered = firstAt(ticket, "delivered")
    return left && delivered ? [minutesBetween(left.at, delivered.at)] : []
  })
  const late = kept
    .filter((ticket) => (ticket.status === "received" || ticket.status === "preparing") && ticket.estimated_ready_at && new Date(ticket.estimated_ready_at) < now)
    .map((ticket) => ({
      ticket_id: ticket.id,
      display_id: ticket.display_id,
      status: ticket.status,
      minutes_late: Math.round(minutesBetween(ticket.estimated_ready_at!, now.toISOString())),
    }))
    .sort((a, b) => b.minutes_late - a.minutes_late)

  const cash = new Map<string, { orders: number; amount: number }>()
  for (const ticket of kept) {
    if (ticket.paid_with !== "cash") continue
    const handedOver = firstAt(ticket, "delivered") ?? firstAt(ticket, "collected")
    const actor = handedOver?.actor ?? "unknown"
    const entry = cash.get(actor) ?? { orders: 0, amount: 0 }
    cash.set(actor, { orders: entry.orders + 1, amount: euros(entry.amount + ticket.total) })
  }

  return {
    open,
    orders: kept.length,
    revenue: euros(kept.reduce((sum, ticket) => sum + ticket.total, 0)),
    average_preparation_minutes: average(preparation),
    average_delivery_minutes: average(delivery),
    late,
    cash_by_driver: [...cash].map(([actor, entry]) => ({ actor, ...entry })).sort((a, b) => b.amount - a.amount),
  }
}
