import { Button, Heading } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import type { Ticket } from "../hooks/use-kitchen-board"
import { RecipeInline } from "./recipe-inline"
import { LineChanges } from "./line-changes"

/**
 * A ticket in full over the board: every line with its recipe, the tapped
 * line first in view. Also how a recalled ticket is shown again.
 */
export function TicketDialog({ ticket, line, title, onClose, onPrint }: { ticket: Ticket; line: number; title?: string; onClose: () => void; onPrint: () => void }) {
  const { t } = useTranslation("ocp")
  const close = useRef<HTMLButtonElement>(null)
  const lines = useRef<HTMLUListElement>(null)
  useEffect(() => {
    close.current?.focus()
    lines.current?.children[line]?.scrollIntoView({ block: "start" })
  }, [line])
  const name = t("order", { number: ticket.display_id ?? ticket.id.slice(-6) })
  return (
    <div className="fixed inset-0 flex items-center justify-center bg-black/50 p-4" style={{ zIndex: 1010 }} onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="ocp-ticket-dialog-title"
        data-testid="kitchen-ticket-detail"
        className="bg-ui-bg-base flex max-h-full w-full max-w-xl flex-col gap-2 rounded-lg p-4 shadow-lg"
        onClick={(event) => event.stopPropagation()}
      >
        <div className="flex items-center justify-between gap-2">
          <Heading level="h2" id="ocp-ticket-dialog-title">
            {title ? `${title} · ` : ""}
            {name} · {t(`kind.${ticket.kind}`)}
            {ticket.customer_name ? ` · ${ticket.customer_name}` : ""}
          </Heading>
          <div className="flex gap-2">
            <Button variant="secondary" onClick={onPrint}>
              {t("kitchen.print")}
            </Button>
            <Button ref={close} variant="secondary" onClick={onClose}>
              {t("kitchen.close")}
            </Button>
          </div>
        </div>
        <p className="text-ui-fg-subtle text-sm">{t(`status.${ticket.status}`)}</p>
        <ul ref={lines} className="flex min-h-0 flex-col gap-3 overflow-y-auto">
          {ticket.items.map((item, index) => (
            <li key={index}>
              <p className="text-lg font-semibold">
                {item.quantity} × {item.title}
                {item.variant ? ` (${item.variant})` : ""}
              </p>
              <LineChanges customisation={item.customisation} size="sm" />
              {item.note && <p className="text-ui-tag-orange-text text-sm font-medium">{t("kitchen.note", { note: item.note })}</p>}
              <RecipeInline recipe={item.recipe} quantity={item.quantity} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
