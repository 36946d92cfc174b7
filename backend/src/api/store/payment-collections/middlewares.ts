import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError } from "@/errors/domain-error"
import { offeredPaymentMethods } from "@/payments/payment-providers"

/**
 * Before Medusa opens a payment session: only a provider this server offers.
 * Medusa would otherwise fail deep in the payment module (a 500) for a
 * provider that is linked to the region but no longer configured.
 */
export function refuseUnofferedProvider(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  const offered = offeredPaymentMethods(req.scope)
  if (typeof providerId === "string" && !offered.some((method) => method.id === providerId)) {
    const accepted = offered.map((method) => method.id).join(", ")
    return next(
      new DomainError(422, "payment_method_unavailable", `This payment method (${providerId}) is not available; choose one of: ${accepted}.`, {
        offered: offered.map((method) => method.id),
      })
    )
  }
  next()
}
