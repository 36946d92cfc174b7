"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { useState, useTransition, type FormEvent } from "react"
import { completeCardOrder } from "@/lib/actions/checkout-actions"
import { stripeJs } from "@/lib/stripe/stripe-js"

type Texts = { pay: string; paying: string }

/**
 * Stripe's Payment Element for the PaymentIntent Medusa created: the card
 * never touches our servers. Once Stripe has authorized it, the shop places
 * the order; a bank that needs its own page brings the customer back to
 * /checkout/complete.
 */
export function CardPayment({ publishableKey, clientSecret, locale, texts }: { publishableKey: string; clientSecret: string; locale: "fr" | "en"; texts: Texts }) {
  return (
    <Elements stripe={stripeJs(publishableKey, locale)} options={{ clientSecret, locale, appearance: { theme: "stripe", variables: { colorPrimary: "#b3261e" } } }}>
      <CardForm texts={texts} />
    </Elements>
  )
}

function CardForm({ texts }: { texts: Texts }) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements) return
    startTransition(async () => {
      setError(null)
      const { error: refused } = await stripe.confirmPayment({
        elements,
        redirect: "if_required",
        confirmParams: { return_url: `${window.location.origin}/checkout/complete` },
      })
      // a card authorized on an earlier press, whose order was then refused (stock, rush): only the order is tried again
      if (refused && refused.code !== "payment_intent_unexpected_state") {
        // Stripe's own words for a declined card, in the customer's language
        setError(refused.message ?? null)
        return
      }
      const result = await completeCardOrder()
      if (result?.error) setError(result.error.message)
    })
  }

  return (
    <form onSubmit={pay} className="card-payment">
      <PaymentElement />
      <div aria-live="assertive">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="primary big" disabled={!stripe || pending}>
        {pending ? texts.paying : texts.pay}
      </button>
    </form>
  )
}
