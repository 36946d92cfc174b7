import Link from "next/link"
import type { Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"

export function PizzeriaList({ pizzerias, m }: { pizzerias: Pizzeria[]; m: Messages }) {
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
            <span className={`badge ${pizzeria.is_open ? "open" : "closed"}`}>{pizzeria.is_open ? m.open : m.closed}</span>
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
