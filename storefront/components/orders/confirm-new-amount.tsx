"use client"

import { useEffect, useRef, useState } from "react"
import { StripeCardForm, StripeElements } from "@/components/payment/stripe-card-form"
import { confirmNewAmount, type ConfirmationState } from "@/lib/actions/order-actions"

type Texts = { confirmNewAmount: string; confirm: string; paying: string }

/**
 * A card order changed: Stripe's Payment Element for the PaymentIntent of
 * the new total, as at checkout (components/checkout/card-payment.tsx).
 * Once Stripe has confirmed it, the backend authorizes it; a bank that
 * needs its own page brings the customer back to /orders/:id/payment.
 */
export function ConfirmNewAmount({
  orderId,
  token,
  clientSecret,
  publishableKey,
  locale,
  texts,
}: {
  orderId: string
  token: string
  clientSecret: string
  publishableKey: string
  locale: "fr" | "en"
  texts: Texts
}) {
  return (
    <StripeElements publishableKey={publishableKey} clientSecret={clientSecret} locale={locale}>
      <NewAmountForm orderId={orderId} token={token} texts={texts} />
    </StripeElements>
  )
}

function NewAmountForm({ orderId, token, texts }: { orderId: string; token: string; texts: Texts }) {
  const [outcome, setOutcome] = useState<ConfirmationState | null>(null)
  const intro = useRef<HTMLParagraphElement>(null)
  useEffect(() => intro.current?.focus(), [])

  function returnUrl(): string {
    const back = new URL(`/orders/${orderId}/payment`, window.location.origin)
    if (token) back.searchParams.set("token", token)
    return back.toString()
  }

  async function authorize(paymentIntentStatus: string | null): Promise<string | null> {
    const result = await confirmNewAmount(orderId, token, paymentIntentStatus)
    if (result.screen !== "paid" && result.screen !== "pending") return result.message
    setOutcome(result)
    return null
  }

  return (
    <div className="new-amount">
      <div aria-live="polite">
        {outcome && (
          <p role="status" className={outcome.screen === "paid" ? "ok" : "notice"} data-code={outcome.code ?? undefined}>
            {outcome.message}
          </p>
        )}
      </div>
      {!outcome && (
        <StripeCardForm returnUrl={returnUrl} onConfirmed={authorize} labels={{ submit: texts.confirm, pending: texts.paying }} labelledBy={`new-amount-${orderId}`}>
          {/* focused when the step appears, so that it is read out and the card fields come next */}
          <p id={`new-amount-${orderId}`} ref={intro} tabIndex={-1} className="notice">
            {texts.confirmNewAmount}
          </p>
        </StripeCardForm>
      )}
    </div>
  )
}
