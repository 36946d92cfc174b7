"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { useState, useTransition, type FormEvent, type ReactNode } from "react"
import { stripeJs } from "@/lib/stripe/stripe-js"

/** Stripe.js with the shop's look, for a PaymentIntent Medusa created: the card never touches our servers. */
export function StripeElements({ publishableKey, clientSecret, locale, children }: { publishableKey: string; clientSecret: string; locale: "fr" | "en"; children: ReactNode }) {
  return (
    <Elements stripe={stripeJs(publishableKey, locale)} options={{ clientSecret, locale, appearance: { theme: "stripe", variables: { colorPrimary: "#b3261e" } } }}>
      {children}
    </Elements>
  )
}

/**
 * The Payment Element and its button, inside `StripeElements`. Once Stripe
 * has confirmed the card (or a bank's page will bring the customer back to
 * `returnUrl()`), `onConfirmed` hands it to the backend and answers the
 * error to show, if any. A card confirmed on an earlier press, whose order
 * or authorization was then refused, is only handed over again.
 */
export function StripeCardForm({
  returnUrl,
  onConfirmed,
  labels,
  labelledBy,
  children,
}: {
  returnUrl: () => string
  onConfirmed: (paymentIntentStatus: string | null) => Promise<string | null>
  labels: { submit: string; pending: string }
  labelledBy?: string
  children?: ReactNode
}) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements) return
    startTransition(async () => {
      setError(null)
      const { error: refused, paymentIntent } = await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl() } })
      if (refused && refused.code !== "payment_intent_unexpected_state") {
        // Stripe's own words for a declined card, in the customer's language
        setError(refused.message ?? null)
        return
      }
      setError(await onConfirmed(paymentIntent?.status ?? null))
    })
  }

  return (
    <form onSubmit={submit} className="card-payment" aria-labelledby={labelledBy}>
      {children}
      <PaymentElement />
      <div aria-live="assertive">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="primary big" disabled={!stripe || pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  )
}
