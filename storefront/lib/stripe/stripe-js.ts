// "pure": Stripe.js is fetched when a card is to be confirmed, not on every page that imports this
import { loadStripe } from "@stripe/stripe-js/pure"
import type { Stripe } from "@stripe/stripe-js"

let stripePromise: Promise<Stripe | null> | undefined
let stripeKey: string | undefined

/** Stripe.js, loaded once per page for the shop's publishable key (the checkout and the order page share it). */
export function stripeJs(publishableKey: string, locale: "fr" | "en"): Promise<Stripe | null> {
  if (stripeKey !== publishableKey || !stripePromise) {
    stripeKey = publishableKey
    stripePromise = loadStripe(publishableKey, { locale })
  }
  return stripePromise
}
