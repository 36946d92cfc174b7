import type { CalculatedShippingOptionPrice, CalculateShippingOptionPriceDTO, CreateFulfillmentResult, FulfillmentOption, Logger } from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService } from "@medusajs/framework/utils"
import { cartItemTotal } from "../../checkout/cart-item-total"
import { quoteDelivery } from "../../checkout/quote-delivery"
import { DELIVERY_ZONING_MODULE } from "../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../modules/delivery-zoning/service"

type ProviderContainer = { logger: Logger; [DELIVERY_ZONING_MODULE]: DeliveryZoningModuleService }

type CartContext = CalculateShippingOptionPriceDTO["context"] & {
  item_total?: unknown
  items?: { total?: unknown; unit_price?: unknown; quantity?: unknown }[]
}

/**
 * Medusa reads an undefined amount as "no price for this cart": the option is
 * listed without a price, refused when chosen, and dropped from a cart whose
 * address moved out of the zones. Throwing instead would fail the whole
 * listing, pickup options included.
 */
const NOT_DELIVERED = { calculated_amount: undefined, is_calculated_price_tax_inclusive: true } as unknown as CalculatedShippingOptionPrice

/**
 * Delivery priced by zone: the fee of the zone of the cart's location that
 * covers the cart's shipping address, free from the zone's threshold on.
 * Recomputed from the address on every pricing; the method's `data` from the
 * browser is ignored.
 */
export class ZoneDeliveryProviderService extends AbstractFulfillmentProviderService {
  static identifier = "zone-delivery"

  protected readonly container_: ProviderContainer

  /**
   * A provider sees the fulfillment module's container only: the application
   * lists this plugin's module in the fulfillment module's `dependencies`
   * (see the README), and it is looked up when first needed.
   */
  constructor(container: ProviderContainer) {
    super()
    this.container_ = container
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: "zone-delivery", name: "Delivery priced by zone" }]
  }

  async validateOption(): Promise<boolean> {
    return true
  }

  async validateFulfillmentData(): Promise<Record<string, unknown>> {
    return {}
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async calculatePrice(
    _optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const cart = context as CartContext
    const stockLocationId = cart.from_location?.id
    if (!stockLocationId || !cart.shipping_address) return NOT_DELIVERED
    const zoning = this.container_[DELIVERY_ZONING_MODULE]
    const quote = await quoteDelivery(zoning, stockLocationId, cart.shipping_address, cartItemTotal(cart), this.container_.logger)
    if (quote.outcome !== "deliverable") return NOT_DELIVERED
    return { calculated_amount: quote.fee, is_calculated_price_tax_inclusive: true }
  }

  async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
