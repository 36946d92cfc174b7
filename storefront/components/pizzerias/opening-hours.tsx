import { fill, type Locale, type Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const

function spans(hours: [string, string][] | undefined, m: Messages): string {
  if (!hours || hours.length === 0) return m.closedAllDay
  return hours.map(([from, to]) => (from === "00:00" && to === "00:00" ? "24 h/24" : `${from}–${to}`)).join(", ")
}

/** Today's hours at a glance, the week on demand, in the pizzeria's time zone. */
export function OpeningHours({ pizzeria, locale, m }: { pizzeria: Pizzeria; locale: Locale; m: Messages }) {
  if (!pizzeria.opening_hours) return null
  const weekday = new Intl.DateTimeFormat("en-GB", { timeZone: pizzeria.timezone, weekday: "short" }).format(new Date()).toLowerCase().slice(0, 3)
  const hours = pizzeria.opening_hours
  return (
    <div className="hours">
      <p>{fill(m.todayHoursList, { hours: spans(hours[weekday], m) })}</p>
      <details>
        <summary>{m.weekHours}</summary>
        <dl lang={locale}>
          {DAYS.map((day) => (
            <div key={day} className={day === weekday ? "today" : undefined}>
              <dt>{m.days[day]}</dt>
              <dd>{spans(hours[day], m)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  )
}
