import type { TicketStatus } from "@oc-pizza/api-types"

/** Published once a ticket's status change has committed: boards, tracking and e-mails follow it. */
export const TICKET_STATUS_CHANGED = "kitchen.ticket_status_changed"

export type TicketStatusChanged = {
  ticket_id: string
  order_id: string
  stock_location_id: string
  from: TicketStatus | null
  status: TicketStatus
  /** The history line written for it: its id is the live event's id, its time the change's. */
  history_id: string
  at: string
  /** The card could not be captured as preparation started: the manager has to settle it. */
  payment_failed?: boolean
  /** The customer changed the order's content; the status did not move. */
  modified?: boolean
}
