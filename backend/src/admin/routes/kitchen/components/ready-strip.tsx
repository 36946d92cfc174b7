import { useTranslation } from "react-i18next"
import type { Ticket } from "../hooks/use-kitchen-board"

/** The orders waiting at the pass for a driver or the customer, newest first: their number, tap for the detail. */
export function ReadyStrip({ tickets, onOpen }: { tickets: Ticket[]; onOpen: (ticket: Ticket) => void }) {
  const { t } = useTranslation("ocp")
  return (
    <section aria-labelledby="ocp-ready-title" data-testid="column-ready" className="flex min-h-9 items-center gap-2 overflow-hidden">
      <h2 id="ocp-ready-title" className="shrink-0 text-sm font-semibold">
        {t("status.ready")} ({tickets.length})
      </h2>
      <ul className="flex gap-1 overflow-hidden">
        {tickets.map((ticket) => {
          const name = t("order", { number: ticket.display_id ?? ticket.id.slice(-6) })
          return (
            <li key={ticket.id} className="shrink-0">
              <article aria-label={name} data-testid="kitchen-ticket" data-ticket-id={ticket.id} data-status={ticket.status}>
                <button
                  type="button"
                  onClick={() => onOpen(ticket)}
                  className="bg-ui-tag-green-bg text-ui-tag-green-text border-ui-tag-green-border rounded border px-2 py-1 text-sm font-semibold"
                >
                  #{ticket.display_id ?? ticket.id.slice(-6)}
                  {ticket.customer_name ? ` ${ticket.customer_name}` : ""}
                </button>
              </article>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
