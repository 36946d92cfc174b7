import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError } from "@/errors/domain-error"
import { isCardProvider, offeredPaymentMethods } from "@/payments/payment-providers"

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
      new DomainError(
        422,
        "payment_method_unavailable",
        {
          fr: `Ce moyen de paiement (${providerId}) n'est pas proposé ; choisissez parmi : ${accepted}.`,
          en: `This payment method (${providerId}) is not available; choose one of: ${accepted}.`,
        },
        { offered: offered.map((method) => method.id) }
      )
    )
  }
  next()
}

/** The only PaymentIntent method the shop offers: cards, and the wallets that pay with one (Apple Pay, Google Pay). */
export const CARD_PAYMENT_METHOD_TYPES = ["card"]

/**
 * Before Medusa opens a Stripe payment session: the PaymentIntent may only
 * take methods that authorize while the customer waits, so that "authorized"
 * at checkout means authorized. With automatic payment methods Stripe would
 * also offer some (SEPA debit, Klarna...) that stay `processing` for days.
 * The session data is the server's, not the client's: it also decides the
 * capture (medusa-config.ts), which a client's `capture_method` would change.
 */
export function offerOnlyPaymentsAuthorizedAtOnce(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const body = req.body as { provider_id?: unknown; data?: unknown } | undefined
  if (body && typeof body.provider_id === "string" && isCardProvider(body.provider_id)) {
    body.data = { payment_method_types: CARD_PAYMENT_METHOD_TYPES }
  }
  next()
}
