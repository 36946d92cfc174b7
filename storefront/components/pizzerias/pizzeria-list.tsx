import Link from "next/link"
import type { Locale, Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"
import { OpenBadge } from "./open-badge"

export function PizzeriaList({ pizzerias, locale, m }: { pizzerias: Pizzeria[]; locale: Locale; m: Messages }) {
  if (pizzerias.length === 0) return <p>{m.noPizzeria}</p>
  return (
    <ul className="grid" aria-label={m.choosePizzeria}>
      {pizzerias.map((pizzeria) => (
        <li key={pizzeria.id} className="card">
          <h2>{pizzeria.name}</h2>
          <p className="muted">
            {pizzeria.address.address_1}, {pizzeria.address.postal_code} {pizzeria.address.city}
          </p>
          <p>
            <OpenBadge pizzeria={pizzeria} locale={locale} m={m} />
          </p>
          <Link href={`/pizzerias/${pizzeria.id}`}>
            {m.seeMenu}
            <span className="visually-hidden"> — {pizzeria.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
