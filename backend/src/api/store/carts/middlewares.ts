import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customisationWrittenByCustomer, writesCustomisation } from "@/customisation/line-customisation"
import { assertDeliveryInstructions, DELIVERY_INSTRUCTIONS_KEY } from "@/orders/delivery-instructions"

/**
 * Before Medusa stores a cart's shipping address (POST /store/carts and
 * /store/carts/:id): its delivery instructions, kept in the address's
 * metadata, are short texts (`400 delivery_instructions_*` otherwise).
 */
export function refuseBadDeliveryInstructions(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const address = (req.body as { shipping_address?: unknown } | undefined)?.shipping_address
  const metadata = address && typeof address === "object" ? (address as { metadata?: unknown }).metadata : undefined
  try {
    if (metadata && typeof metadata === "object") assertDeliveryInstructions((metadata as Record<string, unknown>)[DELIVERY_INSTRUCTIONS_KEY])
  } catch (error) {
    return next(error)
  }
  next()
}

/**
 * Medusa's own line routes (POST /store/carts with items, /line-items and
 * /line-items/:line_id) take any metadata: a line's customisation is not
 * theirs to write (400 `customisation_reserved`), as only
 * /store/carts/:id/customised-items prices it.
 */
export function refuseCustomerCustomisation(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  next(writesCustomisation(req.body) ? customisationWrittenByCustomer() : undefined)
}
