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
    /** The slot the customer booked (start of its quarter hour); null: as soon as possible. */
    scheduled_for: model.dateTime().nullable(),
    /** The quarter hour the order counts against the kitchen's capacity: its booked slot, or the one its ready time fell in. */
    capacity_slot_at: model.dateTime().nullable(),
    /** Pizzas the order counts against that slot. */
    pizzas: model.number().default(0),
    /** When a `scheduled` ticket enters the queue (`received`), moved there once by the job fire-scheduled-tickets. */
    fire_at: model.dateTime().nullable(),
    /** Minutes of the ride to the customer, estimated as the order was placed (delivery only): the tracking's ETA adds it to the departure. */
    ride_minutes: model.number().nullable(),
    /** How a pay-on-delivery order was paid, recorded by the driver or the counter when it was handed over. */
    paid_with: model.enum(["cash", "card_terminal"]).nullable(),
    /** Set when the card could not be captured as preparation started: the kitchen goes on, the manager settles it. */
    payment_failed_at: model.dateTime().nullable(),
    payment_failure: model.text().nullable(),
    events: model.hasMany(() => KitchenTicketEvent, { mappedBy: "ticket" }),
  })
  .indexes([
    { on: ["stock_location_id", "capacity_slot_at"], where: "capacity_slot_at IS NOT NULL AND deleted_at IS NULL" },
    { on: ["fire_at"], where: "status = 'scheduled' AND deleted_at IS NULL" },
  ])
  .cascades({ delete: ["events"] })
