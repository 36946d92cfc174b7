import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
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
