/**
 * The kitchen ticket's lifecycle (DESIGN.md):
 *   received → preparing → ready → out_for_delivery → delivered
 *                            └──────── (pickup) ────→ collected
 *   received → cancelled (customer or staff, only while received)
 */
export const TICKET_STATUSES = ["received", "preparing", "ready", "out_for_delivery", "delivered", "collected", "cancelled"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]
export type Fulfilment = "delivery" | "pickup"

const NEXT: Record<TicketStatus, TicketStatus[]> = {
  received: ["preparing", "cancelled"],
  preparing: ["ready"],
  ready: ["out_for_delivery", "collected"],
  out_for_delivery: ["delivered"],
  delivered: [],
  collected: [],
  cancelled: [],
}

/** Why a ticket cannot move to `to`, or undefined when it can. */
export function transitionRefusal(from: TicketStatus, to: TicketStatus, kind: Fulfilment): string | undefined {
  if (!NEXT[from].includes(to)) return `A ticket that is ${from} cannot become ${to}.`
  if (to === "out_for_delivery" && kind === "pickup") return "A pickup order is collected at the counter, not delivered."
  if (to === "collected" && kind === "delivery") return "A delivery order leaves with a driver; it is not collected."
  return undefined
}
