import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { belowMinimumOrder, deliveryAddressNotPlaced, deliveryFeeChanged, outsideDeliveryArea, pizzeriaClosed } from "../errors/customer-refusals"
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
  /** the amounts' currency in refusals (euros when missing) */
  currency_code?: string | null
  item_total?: unknown
  items?: { total?: unknown; unit_price?: unknown; quantity?: unknown }[] | null
  shipping_methods?: ({ shipping_option_id?: string | null; amount?: unknown } | null)[] | null
}

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
    throw pizzeriaClosed(stockLocationId, nextOpeningAt(service, now) ?? null, service.timezone)
  }

  const deliveries = await deliveryMethods(container, cart)
  if (deliveries.length === 0) return
  const subtotal = cartItemTotal(cart)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const quote = await quoteDelivery(zoning, stockLocationId, cart.shipping_address, subtotal, logger)
  if (quote.outcome === "address_not_found") {
    throw deliveryAddressNotPlaced()
  }
  if (quote.outcome === "outside") {
    // say who does deliver there, so the shop can offer to move the order
    const everywhere = chooseZone(await readZones(zoning), await readServicePoints(zoning), quote.place, now)
    throw outsideDeliveryArea({
      stock_location_id: stockLocationId,
      delivered_by: everywhere.outcome === "outside" ? null : everywhere.zone.stock_location_id,
    })
  }
  const { zone, fee } = quote
  if (subtotal < zone.min_order) {
    throw belowMinimumOrder(zone.min_order, subtotal, cart.currency_code ?? "eur", { zone_id: zone.id })
  }
  const charged = deliveries.map((method) => Number(method.amount ?? 0))
  if (charged.some((amount) => Math.abs(amount - fee) > 0.001)) {
    throw deliveryFeeChanged(fee, charged[0], cart.currency_code ?? "eur", zone.id)
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
