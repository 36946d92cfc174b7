import type { LocalizedText } from "@oc-pizza/api-types"
import { MedusaError } from "@medusajs/framework/utils"
import { isDomainError } from "@/errors/domain-error"

/**
 * Failures after which the same checkout can succeed in a moment: the
 * pizzeria's stock or slot lock was busy (`stock_busy`, `slot_busy`), another run of
 * the same cart is still deciding (`checkout_in_progress`), or the bank is still
 * confirming the card (`payment_pending`). The card's authorization is kept
 * for that try (the shop presses "pay" again on the same PaymentIntent, and
 * Stripe's webhook retries a customer who left); every other failure is a
 * refusal, after which the hold is released.
 */
const TRY_AGAIN_CODES = new Set(["stock_busy", "slot_busy", "checkout_in_progress", "payment_pending"])

/** Payment outcomes the customer acts on in the payment form (3-D Secure, another card): the session stays as Medusa left it. */
export const PAYMENT_ACTION_TYPES = new Set<string>([MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR])

type FailureLike = { code?: unknown; type?: unknown; message?: unknown; details?: Record<string, unknown>; texts?: Partial<LocalizedText> }

export function isTryAgainFailure(error: unknown): boolean {
  const failure = error as FailureLike | undefined
  return TRY_AGAIN_CODES.has(String(failure?.code)) || PAYMENT_ACTION_TYPES.has(String(failure?.type))
}

/** Medusa's own refusals of the cart (a changed price, an invalid cart...): outcomes, not failures of the system. */
const REFUSAL_TYPES = new Set<string>([MedusaError.Types.NOT_ALLOWED, MedusaError.Types.INVALID_DATA])

/**
 * A refusal of the checkout itself: our coded 4xx errors (the application's
 * and the plugins', backend/src/errors/domain-error.ts) and Medusa's
 * "not allowed" / "invalid data". Anything else (a database error, Stripe
 * timing out inside Medusa's authorization) is a failure that says nothing
 * about the cart: the hold on the card must stay, and the completion be
 * tried again.
 */
export function isCheckoutRefusal(error: unknown): boolean {
  return isDomainError(error) || REFUSAL_TYPES.has(String((error as FailureLike | undefined)?.type))
}

export const NOTHING_CHARGED = "Nothing was charged: the amount held on your card has been released."
const RIEN_DEBITE = "Rien n'a été débité : le montant bloqué sur votre carte a été libéré."

/**
 * The refusal as the customer reads it, once the hold on their card is
 * released: same error, code and status, the reassurance, and the flag
 * `details.card_hold_released` the shop relies on (storefront/lib/i18n/nothing-charged.ts).
 */
export function sayNothingWasCharged<E>(error: E): E {
  const failure = error as FailureLike
  if (typeof failure?.message === "string" && !failure.message.includes(NOTHING_CHARGED)) failure.message = `${failure.message} ${NOTHING_CHARGED}`
  if (typeof failure === "object" && failure !== null) {
    // a refusal written in both languages says it in both
    const texts =
      failure.texts?.fr && failure.texts.en && !failure.texts.fr.includes(RIEN_DEBITE)
        ? { fr: `${failure.texts.fr} ${RIEN_DEBITE}`, en: `${failure.texts.en} ${NOTHING_CHARGED}` }
        : failure.texts
    Object.assign(failure, { details: { ...failure.details, card_hold_released: true }, ...(texts ? { texts } : {}) })
  }
  return error
}
