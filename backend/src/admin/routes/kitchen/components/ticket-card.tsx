import { Button } from "@medusajs/ui"
import type { MouseEvent } from "react"
import { useTranslation } from "react-i18next"
import { KITCHEN_STEPS, type Ticket } from "../hooks/use-kitchen-board"
import { ticketTiming } from "../hooks/ticket-timing"
import { LineChanges } from "./line-changes"

/** Lines a compact ticket lists before it says how many more there are (all of them are in the ticket's detail). */
const LINES_SHOWN = 5

const HEADER_TONE = {
  ok: "bg-ui-bg-component text-ui-fg-base",
  soon: "bg-ui-tag-orange-bg text-ui-tag-orange-text",
  late: "bg-ui-tag-red-bg text-ui-tag-red-text",
} as const

// a tap leaves no focus behind, so the bump bar's Enter acts on the selected ticket, not on the last button touched
const blurAfterTap = (event: MouseEvent<HTMLButtonElement>) => {
  if (event.detail > 0) event.currentTarget.blur()
}

export type TicketCardProps = {
  ticket: Ticket
  now: number
  selected: boolean
  arrived: boolean
  busy: boolean
  onSelect: () => void
  onMove: (to: "preparing" | "ready") => void
  onOpenLine: (index: number) => void
}

/** One order on the kitchen board, compact: number, pickup or delivery, name, lines, timer against the promised time, next step. */
export function TicketCard({ ticket, now, selected, arrived, busy, onSelect, onMove, onOpenLine }: TicketCardProps) {
  const { t, i18n } = useTranslation("ocp")
  const timing = ticketTiming(ticket, now)
  const step = KITCHEN_STEPS.find((candidate) => candidate.from === ticket.status)
  const next = step ? { to: step.to, label: t(step.label) } : null
  const number = ticket.display_id ?? ticket.id.slice(-6)
  const name = t("order", { number })
  const hidden = Math.max(0, ticket.items.length - LINES_SHOWN)
  const dueAt = timing.due?.toLocaleTimeString(i18n.language, { hour: "2-digit", minute: "2-digit" })
  /** A line tapped (or "more lines"): this ticket selected, the whole ticket opened at that line. */
  const openLine = (event: MouseEvent<HTMLButtonElement>, index: number) => {
    blurAfterTap(event)
    event.stopPropagation()
    onSelect()
    onOpenLine(index)
  }
  return (
    <article
      aria-label={name}
      aria-current={selected ? "true" : undefined}
      data-testid="kitchen-ticket"
      data-ticket-id={ticket.id}
      data-status={ticket.status}
      data-late={timing.tone === "late" ? "true" : undefined}
      data-arrived={arrived ? "true" : undefined}
      onClick={onSelect}
      className={`ocp-ticket bg-ui-bg-base flex min-h-0 flex-col overflow-hidden rounded-lg border-2 ${arrived ? "ocp-ticket-arrived" : ""} ${
        selected ? "border-ui-fg-interactive" : ticket.status === "preparing" ? "border-ui-tag-blue-border" : "border-ui-border-base"
      }`}
      style={selected ? { boxShadow: "0 0 0 3px var(--fg-interactive, #3b82f6)" } : undefined}
    >
      <header className={`flex flex-col px-2 py-1 ${HEADER_TONE[timing.tone]}`}>
        <div className="flex items-baseline justify-between gap-1">
          <span className="text-xl font-bold leading-tight">#{number}</span>
          <span className="font-mono text-lg font-semibold tabular-nums" aria-label={t("kitchen.waited", { minutes: timing.waited })}>
            {t("kitchen.minutes", { minutes: timing.waited })}
          </span>
        </div>
        <div className="flex items-baseline justify-between gap-1 text-xs">
          <span className="truncate font-medium">
            {t(`kind.${ticket.kind}`)}
            {ticket.customer_name ? ` · ${ticket.customer_name}` : ""}
          </span>
          {timing.tone === "late" ? (
            <span className="shrink-0 font-bold">{t("late", { minutes: timing.lateBy })}</span>
          ) : (
            dueAt && <span className="shrink-0">{t("kitchen.dueAt", { time: dueAt })}</span>
          )}
        </div>
        {arrived && <span className="ocp-new-ribbon text-xs font-bold uppercase">{t("kitchen.new")}</span>}
      </header>
      {ticket.payment_failed && <p className="bg-ui-tag-red-bg text-ui-tag-red-text px-2 text-xs font-medium">{t("kitchen.paymentFailed")}</p>}
      <ul className="flex min-h-0 flex-1 flex-col overflow-hidden px-1 py-1">
        {ticket.items.slice(0, LINES_SHOWN).map((item, index) => (
          <li key={index}>
            <button
              type="button"
              className="hover:bg-ui-bg-base-hover w-full rounded px-1 py-0.5 text-left"
              onClick={(event) => openLine(event, index)}
              aria-label={t("kitchen.showRecipe", { dish: item.title })}
            >
              <span className="text-base font-semibold leading-tight" data-testid="ticket-line-title">
                {item.quantity} × {item.title}
              </span>
              {item.variant && <span className="text-ui-fg-subtle block text-xs leading-tight">{item.variant}</span>}
              <LineChanges customisation={item.customisation} />
              {item.note && <span className="text-ui-tag-orange-text block text-xs font-medium leading-tight">{t("kitchen.note", { note: item.note })}</span>}
            </button>
          </li>
        ))}
        {hidden > 0 && (
          <li>
            <button type="button" className="text-ui-fg-interactive px-1 text-xs font-medium" onClick={(event) => openLine(event, LINES_SHOWN)}>
              {t("kitchen.moreLines", { count: hidden })}
            </button>
          </li>
        )}
      </ul>
      {next && (
        <Button
          size="large"
          variant={ticket.status === "received" ? "secondary" : "primary"}
          className="m-1 min-h-11 text-base"
          isLoading={busy}
          onClick={(event) => {
            blurAfterTap(event)
            event.stopPropagation()
            onMove(next.to)
          }}
          aria-label={`${next.label} · ${name}`}
        >
          {next.label}
        </Button>
      )}
    </article>
  )
}
