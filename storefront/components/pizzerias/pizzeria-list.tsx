import Link from "next/link"
import { choosePickup } from "@/lib/actions/place-actions"
import type { Locale, Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"
import { OpenBadge } from "./open-badge"
import { OpeningHours } from "./opening-hours"

/** The browser key the admin uses (GOOGLE_MAPS_BROWSER_KEY, with the Maps Embed API enabled and restricted to the shop's domain); without one, no map. */
function mapUrl(pizzeria: Pizzeria): string | null {
  const key = process.env.GOOGLE_MAPS_BROWSER_KEY
  if (!key || !pizzeria.location) return null
  return `https://www.google.com/maps/embed/v1/place?key=${encodeURIComponent(key)}&q=${pizzeria.location.lat},${pizzeria.location.lng}`
}

export function PizzeriaList({ pizzerias, locale, m }: { pizzerias: Pizzeria[]; locale: Locale; m: Messages }) {
  if (pizzerias.length === 0) return <p>{m.noPizzeria}</p>
  return (
    <ul className="grid" aria-label={m.choosePizzeria}>
      {pizzerias.map((pizzeria) => {
        const map = mapUrl(pizzeria)
        return (
          <li key={pizzeria.id} className="card">
            <h3>{pizzeria.name}</h3>
            <p className="muted">
              {pizzeria.address.address_1}, {pizzeria.address.postal_code} {pizzeria.address.city}
            </p>
            <p>
              <OpenBadge pizzeria={pizzeria} locale={locale} m={m} />
            </p>
            <OpeningHours pizzeria={pizzeria} locale={locale} m={m} />
            {map && <iframe className="map" src={map} title={`${m.mapOf} — ${pizzeria.name}`} loading="lazy" referrerPolicy="no-referrer-when-downgrade" />}
            <div className="actions">
              <form action={choosePickup}>
                <input type="hidden" name="pizzeria_id" value={pizzeria.id} />
                <button type="submit" className="primary">
                  {m.pickupHere}
                  <span className="visually-hidden"> — {pizzeria.name}</span>
                </button>
              </form>
              <Link href={`/pizzerias/${pizzeria.id}`}>
                {m.seeMenu}
                <span className="visually-hidden"> — {pizzeria.name}</span>
              </Link>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
