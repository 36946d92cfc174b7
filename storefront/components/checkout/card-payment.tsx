"use client"

import { completeCardOrder } from "@/lib/actions/checkout-actions"
import { StripeCardForm, StripeElements } from "@/components/payment/stripe-card-form"

type Texts = { pay: string; paying: string }

/**
 * Stripe's Payment Element for the cart's PaymentIntent. Once Stripe has
 * authorized it, the shop places the order; a bank that needs its own page
 * brings the customer back to /checkout/complete.
 */
export function CardPayment({ publishableKey, clientSecret, locale, texts }: { publishableKey: string; clientSecret: string; locale: "fr" | "en"; texts: Texts }) {
  return (
    <StripeElements publishableKey={publishableKey} clientSecret={clientSecret} locale={locale}>
      <StripeCardForm
        returnUrl={() => `${window.location.origin}/checkout/complete`}
        onConfirmed={async () => (await completeCardOrder())?.error?.message ?? null}
        labels={{ submit: texts.pay, pending: texts.paying }}
      />
    </StripeElements>
  )
}
