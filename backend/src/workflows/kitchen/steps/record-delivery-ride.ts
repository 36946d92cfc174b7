import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_ZONING_MODULE, quoteDelivery, readServicePoints, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { rideMinutes } from "@oc-pizza/medusa-plugin-delivery-zoning/zoning/ride-minutes"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { DEPARTURE_AFTER_READY_MINUTES } from "@/orders/order-eta"
import { fireAt } from "@/slots/booking"

export const recordDeliveryRideStepId = "record-delivery-ride"

/**
 * The ride a delivery's ticket keeps for its ETA, estimated once as the order
 * is placed, from the order's own shipping address (located as the checkout
 * priced it: cache, gazetteer or geocoder) to the pizzeria, never from what
 * the browser sent. An ETA is a courtesy: a ride that cannot be estimated
 * leaves it unknown and never holds up the order.
 */
export const recordDeliveryRideStep = createStep(recordDeliveryRideStepId, async ({ ticket_id }: { ticket_id: string }, { container }) => {
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ticket = await kitchen.retrieveKitchenTicket(ticket_id)
  if (ticket.kind !== "delivery" || ticket.ride_minutes !== null) return new StepResponse<number | null>(ticket.ride_minutes ?? null)
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["shipping_address.address_1", "shipping_address.address_2", "shipping_address.postal_code", "shipping_address.city", "shipping_address.country_code"],
      filters: { id: ticket.order_id },
    })
    const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
    const [quote, [service]] = await Promise.all([
      quoteDelivery(zoning, ticket.stock_location_id, orders[0]?.shipping_address, 0, logger),
      readServicePoints(zoning, [ticket.stock_location_id]),
    ])
    if (!quote.place.point || !service) return new StepResponse<number | null>(null)
    const ride = await rideMinutes(service.location, quote.place.point, await zoning.getOptions(), logger)
    // a booked delivery leaves the kitchen its ride before the slot: its fire time and ready time follow the real ride
    const booked = ticket.scheduled_for ? new Date(ticket.scheduled_for) : null
    await kitchen.updateKitchenTickets({ id: ticket_id, ride_minutes: ride.minutes })
    if (booked) {
      // only while the slot is the one read before the geocoder answered: a customer who moved it meanwhile keeps the
      // times the move shifted
      await kitchen.updateKitchenTickets({
        selector: { id: ticket_id, scheduled_for: booked, status: "scheduled" },
        data: {
          fire_at: fireAt(booked, "delivery", ride.minutes),
          estimated_ready_at: new Date(booked.getTime() - (DEPARTURE_AFTER_READY_MINUTES + ride.minutes) * 60_000),
        },
      })
    }
    return new StepResponse<number | null>(ride.minutes)
  } catch (error) {
    logger.warn(`kitchen: no ride estimate for ticket ${ticket_id}, its ETA leaves the ride out (${(error as Error).message})`)
    return new StepResponse<number | null>(null)
  }
})
