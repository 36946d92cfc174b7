"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react"
import { confirmNewAmount, type ConfirmationState } from "@/lib/actions/order-actions"
import { stripeJs } from "@/lib/stripe/stripe-js"

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
    <Elements stripe={stripeJs(publishableKey, locale)} options={{ clientSecret, locale, appearance: { theme: "stripe", variables: { colorPrimary: "#b3261e" } } }}>
      <NewAmountForm orderId={orderId} token={token} texts={texts} />
    </Elements>
  )
}

function NewAmountForm({ orderId, token, texts }: { orderId: string; token: string; texts: Texts }) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ConfirmationState | null>(null)
  const [pending, startTransition] = useTransition()
  const intro = useRef<HTMLParagraphElement>(null)
  useEffect(() => intro.current?.focus(), [])

  function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements) return
    startTransition(async () => {
      setError(null)
      const back = new URL(`/orders/${orderId}/payment`, window.location.origin)
      if (token) back.searchParams.set("token", token)
      const { error: refused, paymentIntent } = await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: back.toString() } })
      // confirmed on an earlier press whose authorization was then refused: only the authorization is tried again
      if (refused && refused.code !== "payment_intent_unexpected_state") {
        // Stripe's own words for a declined card, in the customer's language
        setError(refused.message ?? null)
        return
      }
      const result = await confirmNewAmount(orderId, token, paymentIntent?.status ?? null)
      if (result.screen === "paid" || result.screen === "pending") setOutcome(result)
      else setError(result.message)
    })
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
        <form onSubmit={confirm} className="card-payment" aria-labelledby={`new-amount-${orderId}`}>
          {/* focused when the step appears, so that it is read out and the card fields come next */}
          <p id={`new-amount-${orderId}`} ref={intro} tabIndex={-1} className="notice">
            {texts.confirmNewAmount}
          </p>
          <PaymentElement />
          <div aria-live="assertive">
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="primary big" disabled={!stripe || pending}>
            {pending ? texts.paying : texts.confirm}
          </button>
        </form>
      )}
    </div>
  )
}
