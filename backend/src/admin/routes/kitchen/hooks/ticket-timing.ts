import type { Ticket } from "./use-kitchen-board"

/** Minutes before the promised time at which a ticket turns amber. */
export const DUE_SOON_MINUTES = 3

export type Timing = { waited: number; due: Date | null; lateBy: number; tone: "ok" | "soon" | "late" }

/** How long a ticket has waited, and where it stands against the ready time promised when the order was placed. */
export function ticketTiming(ticket: Ticket, now: number): Timing {
  const waited = Math.max(0, Math.floor((now - Date.parse(ticket.placed_at)) / 60_000))
  const due = ticket.estimated_ready_at ? new Date(ticket.estimated_ready_at) : null
  if (!due || ticket.status === "ready") return { waited, due, lateBy: 0, tone: "ok" }
  const left = (due.getTime() - now) / 60_000
  if (left < 0) return { waited, due, lateBy: Math.ceil(-left), tone: "late" }
  return { waited, due, lateBy: 0, tone: left <= DUE_SOON_MINUTES ? "soon" : "ok" }
}
