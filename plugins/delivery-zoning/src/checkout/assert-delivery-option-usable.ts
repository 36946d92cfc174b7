import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { belowMinimumOrder, deliveryAddressNeeded, deliveryAddressNotPlaced, outsideDeliveryArea } from "../errors/customer-refusals"
import { DELIVERY_ZONING_MODULE } from "../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"
import type { DeliveryAddress } from "./cart-place"
import { cartItemTotal } from "./cart-item-total"
import { quoteDelivery } from "./quote-delivery"
import { zoneDeliveryOptions } from "./zone-delivery-options"

export type CartChoosingDelivery = {
  shipping_address?: DeliveryAddress | null
  /** the amounts' currency in refusals (euros when missing) */
  currency_code?: string | null
  item_total?: unknown
  items?: { total?: unknown; unit_price?: unknown; quantity?: unknown }[] | null
}

/**
 * When a customer picks a zone-priced delivery option, or asks its price: says
 * why it cannot be used (no address yet, address not found, outside the
 * location's zones, under the zone's minimum) instead of Medusa's "do not have
 * a price", so that a client learns it at the shipping step, not when placing
 * the order. Options of other providers pass.
 */
export async function assertDeliveryOptionUsable(
  container: MedusaContainer,
  cart: CartChoosingDelivery,
  optionIds: string[],
  { minimum = true }: { /** also refuse an order under the zone's minimum (default true) */ minimum?: boolean } = {}
): Promise<void> {
  for (const stockLocationId of (await zoneDeliveryOptions(container, optionIds)).values()) {
    if (!stockLocationId) continue
    if (!cart.shipping_address?.address_1 && !cart.shipping_address?.postal_code) {
      throw deliveryAddressNeeded()
    }
    const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const subtotal = cartItemTotal(cart)
    const quote = await quoteDelivery(zoning, stockLocationId, cart.shipping_address, subtotal, logger)
    if (quote.outcome === "address_not_found") throw deliveryAddressNotPlaced()
    if (quote.outcome === "outside") throw outsideDeliveryArea({ stock_location_id: stockLocationId })
    if (minimum && subtotal < quote.zone.min_order) throw belowMinimumOrder(quote.zone.min_order, subtotal, cart.currency_code ?? "eur", { zone_id: quote.zone.id })
  }
}
