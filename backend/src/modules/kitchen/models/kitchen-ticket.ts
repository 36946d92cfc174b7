import { model } from "@medusajs/framework/utils"
import { TICKET_STATUSES } from "../lifecycle"
import { KitchenTicketEvent } from "./kitchen-ticket-event"

/** One per order: where the kitchen stands with it, and the token a guest follows it with. */
export const KitchenTicket = model
  .define("kitchen_ticket", {
    id: model.id({ prefix: "ktk" }).primaryKey(),
    order_id: model.text().unique(),
    stock_location_id: model.text().index(),
    kind: model.enum(["delivery", "pickup"]),
    status: model.enum([...TICKET_STATUSES]).default("received"),
    /** Unguessable: whoever holds it may follow the order (guests get it at checkout). */
    tracking_token: model.text().unique(),
    estimated_ready_at: model.dateTime().nullable(),
    /** Minutes of the ride to the customer, estimated as the order was placed (delivery only): the tracking's ETA adds it to the departure. */
    ride_minutes: model.number().nullable(),
    /** How a pay-on-delivery order was paid, recorded by the driver or the counter when it was handed over. */
    paid_with: model.enum(["cash", "card_terminal"]).nullable(),
    /** Set when the card could not be captured as preparation started: the kitchen goes on, the manager settles it. */
    payment_failed_at: model.dateTime().nullable(),
    payment_failure: model.text().nullable(),
    events: model.hasMany(() => KitchenTicketEvent, { mappedBy: "ticket" }),
  })
  .cascades({ delete: ["events"] })
