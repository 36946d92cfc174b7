import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_ZONING_MODULE, quoteDelivery, readServicePoints, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { rideMinutes } from "@oc-pizza/medusa-plugin-delivery-zoning/zoning/ride-minutes"
import { DomainError } from "@/errors/domain-error"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { MINUTES_PER_QUEUED_ORDER } from "@/kitchen/kitchen-delay"
import { orderEta } from "@/orders/order-eta"
import { asapReadyAt } from "@/slots/asap-ready-at"

export type CounterQuoteRequest = {
  fulfilment: "pickup" | "delivery"
  /** A delivery's address, when the clerk has it: the ride is then part of the time. */
  address: { address_1: string; postal_code: string; city: string } | null
}

/** GET /admin/pizzerias/:id/counter-quote: the time a clerk tells the caller, from the kitchen's queue now. */
export type CounterQuote = {
  fulfilment: "pickup" | "delivery"
  /** Orders waiting in the kitchen before this one would start. */
  orders_ahead: number
  /** When the kitchen should have it ready (the ticket's own first estimate). */
  ready_at: string
  /** When the caller gets it: the ready time for a pickup; for a delivery, the driver's departure plus the ride. */
  eta: string
  /** The ride for a delivery whose address was given and located; null otherwise (the ETA then leaves it out). */
  ride_minutes: number | null
  quoted_at: string
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "")

/** The quote's query string, read strictly: a fulfilment is required; an address only counts whole. */
export function readCounterQuoteRequest(query: Record<string, unknown>): CounterQuoteRequest {
  const fulfilment = text(query.fulfilment)
  if (fulfilment !== "pickup" && fulfilment !== "delivery")
    throw new DomainError(400, "invalid_fulfilment", `Ask for a "pickup" or a "delivery" time (?fulfilment=), not "${fulfilment}".`, { field: "fulfilment" })
  const address = { address_1: text(query.address_1), postal_code: text(query.postal_code), city: text(query.city) }
  const whole = fulfilment === "delivery" && address.address_1 && (address.postal_code || address.city)
  return { fulfilment, address: whole ? address : null }
}

/**
 * The time quoted to a caller before the order exists, computed as the
 * kitchen ticket's will be once it is placed (create-kitchen-ticket: the
 * orders waiting ahead, then a preparation) and turned into the customer's
 * time by the tracking's own rule (orders/order-eta.ts). A delivery outside
 * every zone or an address nobody can place is refused with its code.
 */
export async function quoteCounterOrder(container: MedusaContainer, stockLocationId: string, request: CounterQuoteRequest, now = new Date()): Promise<CounterQuote> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: pizzerias } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { id: stockLocationId } })
  if (!pizzerias[0]) throw new DomainError(404, "pizzeria_not_found", `No pizzeria with id ${stockLocationId}.`)

  const asap = await asapReadyAt(container, stockLocationId, { pizzas: 1, now })
  // the queue's estimate, later when the kitchen's next quarters are booked full
  const readyAt = asap.ready.toISOString()
  const ride = request.fulfilment === "delivery" && request.address ? await rideOf(container, stockLocationId, request.address) : null
  const { eta } = orderEta({ status: "received", kind: request.fulfilment, estimated_ready_at: readyAt, placed_at: now.toISOString(), ride_minutes: ride, history: [] }, now)
  return {
    fulfilment: request.fulfilment,
    orders_ahead: Math.round(asap.queueMinutes / MINUTES_PER_QUEUED_ORDER),
    ready_at: readyAt,
    eta: eta ?? readyAt,
    ride_minutes: ride,
    quoted_at: now.toISOString(),
  }
}

/** The ride from the pizzeria to a delivery address, located and zoned as the checkout does it. */
async function rideOf(container: MedusaContainer, stockLocationId: string, address: NonNullable<CounterQuoteRequest["address"]>): Promise<number | null> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const [quote, [service]] = await Promise.all([
    quoteDelivery(zoning, stockLocationId, { ...address, country_code: "fr" }, 0, logger),
    readServicePoints(zoning, [stockLocationId]),
  ])
  if (quote.outcome === "address_not_found")
    throw new DomainError(422, "address_not_found", "We could not place this address: check it, or give its postcode and town.", { field: "address" })
  if (quote.outcome === "outside") throw new DomainError(422, "outside_delivery_area", "This address is outside the pizzeria's delivery area.", { field: "address" })
  if (!quote.place.point || !service) return null
  return (await rideMinutes(service.location, quote.place.point, await zoning.getOptions(), logger)).minutes
}

/** The time confirmed to the caller once the order is placed: its kitchen ticket's ETA, as the tracking page shows it. */
export async function placedOrderTime(container: MedusaContainer, orderId: string, now = new Date()): Promise<{ ready_at: string | null; eta: string | null }> {
  const [ticket] = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenTickets({ order_id: orderId }, { take: 1 })
  if (!ticket) return { ready_at: null, eta: null }
  const readyAt = ticket.estimated_ready_at ? new Date(ticket.estimated_ready_at).toISOString() : null
  const { eta } = orderEta(
    {
      status: ticket.status,
      kind: ticket.kind,
      estimated_ready_at: readyAt,
      placed_at: new Date(ticket.created_at).toISOString(),
      ride_minutes: ticket.ride_minutes ?? null,
      scheduled_for: ticket.scheduled_for ? new Date(ticket.scheduled_for).toISOString() : null,
      history: [],
    },
    now
  )
  return { ready_at: readyAt, eta }
}
