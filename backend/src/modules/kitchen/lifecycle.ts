import type { Fulfilment, TicketStatus } from "@oc-pizza/api-types"

/**
 * The kitchen ticket's lifecycle:
 *   scheduled → received (at its fire time, or brought forward by staff); scheduled → cancelled
 *   received → preparing → ready → out_for_delivery → delivered
 *                            └──────── (pickup) ────→ collected
 *   received → cancelled (customer or staff)
 *   preparing / ready → cancelled (staff, with a reason: the ingredients are used)
 *   out_for_delivery → delivery_failed (customer absent: back at the pizzeria, with a reason)
 *   delivery_failed → out_for_delivery (second attempt) or collected (the customer comes for it)
 */
export const TICKET_STATUSES = [
  "scheduled",
  "received",
  "preparing",
  "ready",
  "out_for_delivery",
  "delivered",
  "collected",
  "cancelled",
  "delivery_failed",
] as const satisfies readonly TicketStatus[]

const NEXT: Record<TicketStatus, TicketStatus[]> = {
  scheduled: ["received", "cancelled"],
  received: ["preparing", "cancelled"],
  preparing: ["ready", "cancelled"],
  ready: ["out_for_delivery", "collected", "cancelled"],
  out_for_delivery: ["delivered", "delivery_failed"],
  delivery_failed: ["out_for_delivery", "collected"],
  delivered: [],
  collected: [],
  cancelled: [],
}

/** A cancellation once the kitchen has used the ingredients. */
export function isLateCancel(from: TicketStatus, to: TicketStatus): boolean {
  return to === "cancelled" && from !== "received" && from !== "scheduled"
}

/** Whether the customer may still change or cancel the order: the kitchen has not started it (a scheduled one, until its fire time). */
export function customerMayChange(status: TicketStatus): boolean {
  return status === "scheduled" || status === "received"
}

/** Why a ticket cannot move to `to`, or undefined when it can. */
export function transitionRefusal(from: TicketStatus, to: TicketStatus, kind: Fulfilment, reason?: string | null): string | undefined {
  if (!NEXT[from].includes(to)) return `A ticket that is ${from} cannot become ${to}.`
  if (isLateCancel(from, to) && !reason?.trim()) return "Cancelling an order the kitchen has started needs a reason (note)."
  if (to === "delivery_failed" && !reason?.trim()) return "A failed delivery needs a reason (note), e.g. the customer did not answer."
  if (to === "out_for_delivery" && kind === "pickup") return "A pickup order is collected at the counter, not delivered."
  if (to === "collected" && kind === "delivery" && from !== "delivery_failed") return "A delivery order leaves with a driver; it is not collected."
  return undefined
}
