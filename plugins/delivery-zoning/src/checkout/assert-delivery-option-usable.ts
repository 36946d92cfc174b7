import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ZoningError } from "../errors/zoning-error"
import { DELIVERY_ZONING_MODULE } from "../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"
import type { DeliveryAddress } from "./cart-place"
import { cartItemTotal } from "./cart-item-total"
import { quoteDelivery } from "./quote-delivery"
import { zoneDeliveryOptions } from "./zone-delivery-options"

export type CartChoosingDelivery = {
  shipping_address?: DeliveryAddress | null
  item_total?: unknown
  items?: { total?: unknown; unit_price?: unknown; quantity?: unknown }[] | null
}

/**
 * When a customer picks a zone-priced delivery option: says why it cannot be
 * used (no address yet, address not found, outside the location's zones)
 * instead of Medusa's "do not have a price". Options of other providers pass.
 */
export async function assertDeliveryOptionUsable(container: MedusaContainer, cart: CartChoosingDelivery, optionIds: string[]): Promise<void> {
  for (const stockLocationId of (await zoneDeliveryOptions(container, optionIds)).values()) {
    if (!stockLocationId) continue
    if (!cart.shipping_address?.address_1 && !cart.shipping_address?.postal_code) {
      throw new ZoningError(422, "address_not_found", "Give the delivery address before choosing delivery.")
    }
    const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const quote = await quoteDelivery(zoning, stockLocationId, cart.shipping_address, cartItemTotal(cart), logger)
    if (quote.outcome === "address_not_found") {
      throw new ZoningError(422, "address_not_found", "We could not place the delivery address. Check it, or give its postcode.")
    }
    if (quote.outcome === "outside") {
      throw new ZoningError(422, "outside_delivery_area", "This location does not deliver the cart's address.", { stock_location_id: stockLocationId })
    }
  }
}
