import { formatOpening, type Locale, type Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"

/**
 * "Ouverte", "Commandes en ligne suspendues jusqu'à 20:45 · appelez-nous", or
 * "Fermée · ouvre mardi à 18:00 (Noël)": when and why, so nobody orders into the void.
 */
export function OpenBadge({ pizzeria, locale, m }: { pizzeria: Pizzeria; locale: Locale; m: Messages }) {
  if (pizzeria.is_open && pizzeria.online_orders.paused_until) {
    const until = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { timeZone: pizzeria.timezone, hour: "2-digit", minute: "2-digit" }).format(
      new Date(pizzeria.online_orders.paused_until)
    )
    return (
      <>
        <span className="badge closed">
          {m.phoneOnly} {until}
        </span>
        {pizzeria.address.phone && (
          <span className="muted">
            {" "}
            · {m.callUs} <a href={`tel:${pizzeria.address.phone.replace(/\s/g, "")}`}>{pizzeria.address.phone}</a>
          </span>
        )}
      </>
    )
  }
  if (pizzeria.is_open) return <span className="badge open">{m.open}</span>
  const now = Date.now()
  const closure = pizzeria.closures.find((entry) => new Date(entry.starts_at).getTime() <= now && now < new Date(entry.ends_at).getTime())
  return (
    <>
      <span className="badge closed">{m.closed}</span>
      {pizzeria.next_opening_at && (
        <span className="muted">
          {" "}
          · {m.reopens} {formatOpening(pizzeria.next_opening_at, pizzeria.timezone, locale)}
          {closure?.reason ? ` (${closure.reason})` : ""}
        </span>
      )}
    </>
  )
}
