import { model } from "@medusajs/framework/utils"
import { TICKET_STATUSES } from "../lifecycle"
import { KitchenTicket } from "./kitchen-ticket"

/** A status the ticket reached: when, and who moved it (null for the customer or the system). */
export const KitchenTicketEvent = model.define("kitchen_ticket_event", {
  id: model.id({ prefix: "ktev" }).primaryKey(),
  status: model.enum([...TICKET_STATUSES]),
  at: model.dateTime(),
  actor: model.text().nullable(),
  note: model.text().nullable(),
  ticket: model.belongsTo(() => KitchenTicket, { mappedBy: "events" }),
})
