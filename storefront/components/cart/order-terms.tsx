import { fill, formatShortPrice, type Locale, type Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"
import type { Place } from "@/lib/session/place"

/**
 * What an order here costs and takes, before anything is added: the fee, the
 * minimum, from when delivery is free and about how long, as the address
 * resolved them ("Livraison 2 € · minimum 15 € · offerte dès 35 € · environ
 * 25 min"); for a pickup, where, with neither fee nor minimum. Nothing when
 * the place chosen is served by another pizzeria (the page says so).
 */
export function OrderTerms({ place, pizzeria, locale, m }: { place: Place | null; pizzeria: Pizzeria; locale: Locale; m: Messages }) {
  if (!place || place.pizzeria_id !== pizzeria.id) return null
  const money = (amount: number) => formatShortPrice(amount, locale)
  if (place.mode === "pickup") {
    return (
      <p className="order-terms" data-testid="order-terms">
        {fill(m.termsPickup, { pizzeria: pizzeria.name, address: `${pizzeria.address.address_1}, ${pizzeria.address.city}` })}
      </p>
    )
  }
  const parts = [
    place.fee > 0 ? fill(m.termsDelivery, { fee: money(place.fee) }) : m.termsDeliveryFree,
    place.min_order > 0 ? fill(m.termsMinimum, { min: money(place.min_order) }) : null,
    place.fee > 0 && place.free_delivery_threshold !== null ? fill(m.termsFreeFrom, { amount: money(place.free_delivery_threshold) }) : null,
    fill(m.termsEta, { minutes: place.eta_minutes }),
  ]
  return (
    <p className="order-terms" data-testid="order-terms">
      {parts.filter((part) => part !== null).join(" · ")}
    </p>
  )
}
