import { formatOpening, type Locale, type Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"

/** "Ouverte", or "Fermée · rouvre mardi à 18:00 (Noël)": when and why, so nobody orders into the void. */
export function OpenBadge({ pizzeria, locale, m }: { pizzeria: Pizzeria; locale: Locale; m: Messages }) {
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
