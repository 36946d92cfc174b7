import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ZoningError } from "../errors/zoning-error"
import { DELIVERY_ZONING_MODULE } from "../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"
import { isOpenAt, nextOpeningAt } from "../service-hours/service-hours"
import { chooseZone } from "../zoning/choose-zone"
import { readServicePoints, readZones } from "../zoning/read-zoning"
import type { DeliveryAddress } from "./cart-place"
import { cartItemTotal } from "./cart-item-total"
import { quoteDelivery } from "./quote-delivery"
import { zoneDeliveryOptions } from "./zone-delivery-options"

/** The cart as Medusa's completion reads it (completeCartWorkflow's `validate` hook input). */
export type ServedCart = {
  id: string
  shipping_address?: DeliveryAddress | null
  item_total?: unknown
  items?: { total?: unknown; unit_price?: unknown; quantity?: unknown }[] | null
  shipping_methods?: ({ shipping_option_id?: string | null; amount?: unknown } | null)[] | null
}

const money = (amount: number) => amount.toFixed(2)

export type ServedChecks = {
  /**
   * Check the location's hours and closures (default true). An order already
   * taken while open may be changed before opening: its change passes every
   * other check, hours aside.
   */
  hours?: boolean
}

/**
 * Whether the location takes this order now, checked when the cart is
 * completed: the location serves (hours and closures); and for delivery,
 * the address is in one of the location's zones (recomputed from the
 * address), the order reaches the zone's minimum, and the fee charged is
 * the zone's. Each refusal is a ZoningError the customer can act on.
 */
export async function assertCartCanBeServed(
  container: MedusaContainer,
  cart: ServedCart,
  stockLocationId: string,
  now = new Date(),
  { hours = true }: ServedChecks = {}
): Promise<void> {
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const [service] = hours ? await readServicePoints(zoning, [stockLocationId]) : []
  if (service && !isOpenAt(service, now)) {
    const next = nextOpeningAt(service, now)?.toISOString() ?? null
    throw new ZoningError(409, "pizzeria_closed", next ? `This location is closed; it opens again at ${next}.` : "This location is closed.", {
      stock_location_id: stockLocationId,
      next_opening_at: next,
    })
  }

  const deliveries = await deliveryMethods(container, cart)
  if (deliveries.length === 0) return
  const subtotal = cartItemTotal(cart)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const quote = await quoteDelivery(zoning, stockLocationId, cart.shipping_address, subtotal, logger)
  if (quote.outcome === "address_not_found") {
    throw new ZoningError(422, "address_not_found", "We could not place the delivery address. Check it, or give its postcode.")
  }
  if (quote.outcome === "outside") {
    // say who does deliver there, so the shop can offer to move the order
    const everywhere = chooseZone(await readZones(zoning), await readServicePoints(zoning), quote.place, now)
    throw new ZoningError(422, "outside_delivery_area", "This location does not deliver the cart's address.", {
      stock_location_id: stockLocationId,
      delivered_by: everywhere.outcome === "outside" ? null : everywhere.zone.stock_location_id,
    })
  }
  const { zone, fee } = quote
  if (subtotal < zone.min_order) {
    throw new ZoningError(422, "below_min_order", `Delivery starts from ${money(zone.min_order)}; this order is ${money(subtotal)}.`, {
      min_order: zone.min_order,
      missing: Number((zone.min_order - subtotal).toFixed(2)),
      zone_id: zone.id,
    })
  }
  const charged = deliveries.map((method) => Number(method.amount ?? 0))
  if (charged.some((amount) => Math.abs(amount - fee) > 0.001)) {
    throw new ZoningError(409, "delivery_fee_changed", `The delivery fee for this address is now ${money(fee)}; choose delivery again.`, {
      fee,
      charged: charged[0],
      zone_id: zone.id,
    })
  }
}

/** The cart's shipping methods priced by this plugin's provider. */
async function deliveryMethods(container: MedusaContainer, cart: ServedCart) {
  const methods = (cart.shipping_methods ?? []).filter((method): method is NonNullable<typeof method> => !!method?.shipping_option_id)
  const zoned = await zoneDeliveryOptions(
    container,
    methods.map((method) => method.shipping_option_id!)
  )
  return methods.filter((method) => zoned.has(method.shipping_option_id!))
}
