import { useTranslation } from "react-i18next"
import type { Ticket } from "../hooks/use-kitchen-board"

/** The scheduled orders of the next hour, first to fire first: their number, slot and pizzas; tap for the detail. */
export function ComingStrip({ tickets, onOpen }: { tickets: Ticket[]; onOpen: (ticket: Ticket) => void }) {
  const { t, i18n } = useTranslation("ocp")
  if (tickets.length === 0) return null
  // the tablet's own clock, as the tickets' promised times above
  const time = new Intl.DateTimeFormat(i18n.language?.startsWith("en") ? "en-GB" : "fr-FR", { hour: "2-digit", minute: "2-digit" })
  return (
    <section aria-labelledby="ocp-coming-title" data-testid="column-coming" className="flex min-h-9 items-center gap-2 overflow-hidden">
      <h2 id="ocp-coming-title" className="shrink-0 text-sm font-semibold">
        {t("kitchen.coming")} ({tickets.length})
      </h2>
      <ul className="flex gap-1 overflow-hidden">
        {tickets.map((ticket) => {
          const number = ticket.display_id ?? ticket.id.slice(-6)
          const slot = ticket.scheduled_for ? t("kitchen.comingAt", { time: time.format(new Date(ticket.scheduled_for)) }) : ""
          return (
            <li key={ticket.id} className="shrink-0">
              <article aria-label={`${t("order", { number })} ${slot}`} data-testid="kitchen-ticket" data-ticket-id={ticket.id} data-status={ticket.status}>
                <button
                  type="button"
                  onClick={() => onOpen(ticket)}
                  className="bg-ui-tag-blue-bg text-ui-tag-blue-text border-ui-tag-blue-border rounded border px-2 py-1 text-sm font-semibold"
                >
                  #{number} {slot} · {t("kitchen.pizzaCount", { count: ticket.pizzas })}
                </button>
              </article>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
