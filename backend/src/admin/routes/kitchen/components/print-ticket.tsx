import { createPortal } from "react-dom"
import { useTranslation } from "react-i18next"
import type { Ticket } from "../hooks/use-kitchen-board"

/**
 * The ticket as an 80 mm thermal printer prints it from the browser's print
 * dialog: only this block is printed (it sits directly in the body, every
 * other part of the page is left out), on a roll-width page. Plain CSS (not
 * utility classes) so the print rules hold whatever the admin's stylesheet.
 */
const PRINT_CSS = `
#ocp-print-ticket { display: none; }
@media print {
  @page { size: 80mm auto; margin: 3mm; }
  html, body { background: #fff !important; height: auto !important; overflow: visible !important; }
  body > *:not(#ocp-print-ticket) { display: none !important; }
  #ocp-print-ticket { display: block; width: 74mm; color: #000; font: 12pt/1.3 monospace; }
  #ocp-print-ticket h1 { font-size: 20pt; font-weight: 700; margin: 0; }
  #ocp-print-ticket .ocp-print-kind { font-size: 13pt; font-weight: 700; border-bottom: 1px dashed #000; padding-bottom: 2mm; margin-bottom: 2mm; }
  #ocp-print-ticket li { margin: 0 0 1.5mm; list-style: none; }
  #ocp-print-ticket ul { padding: 0; margin: 0; }
  #ocp-print-ticket .ocp-print-line { font-size: 13pt; font-weight: 700; }
  #ocp-print-ticket .ocp-print-foot { border-top: 1px dashed #000; padding-top: 2mm; margin-top: 2mm; font-size: 10pt; }
}
`

export function PrintTicket({ ticket }: { ticket: Ticket | null }) {
  const { t, i18n } = useTranslation("ocp")
  const time = (iso: string) => new Date(iso).toLocaleTimeString(i18n.language, { hour: "2-digit", minute: "2-digit" })
  return (
    <>
      <style>{PRINT_CSS}</style>
      {createPortal(
        <section id="ocp-print-ticket" data-testid="kitchen-print-ticket" aria-hidden="true">
          {ticket && (
            <>
              <h1>{t("order", { number: ticket.display_id ?? ticket.id.slice(-6) })}</h1>
              <p className="ocp-print-kind">
                {t(`kind.${ticket.kind}`)}
                {ticket.customer_name ? ` · ${ticket.customer_name}` : ""}
              </p>
              <ul>
                {ticket.items.map((item, index) => (
                  <li key={index}>
                    <div className="ocp-print-line">
                      {item.quantity} × {item.title}
                    </div>
                    {item.variant && <div>{item.variant}</div>}
                    {item.customisation?.remove.map((ingredient) => (
                      <div key={`-${ingredient.id}`}>
                        <strong>{t("kitchen.without", { name: ingredient.name })}</strong>
                      </div>
                    ))}
                    {item.customisation?.add.map((ingredient) => (
                      <div key={`+${ingredient.id}`}>
                        <strong>{t("kitchen.extra", { name: ingredient.name })}</strong>
                      </div>
                    ))}
                    {item.note && <div>{t("kitchen.note", { note: item.note })}</div>}
                  </li>
                ))}
              </ul>
              <p className="ocp-print-foot">
                {t("kitchen.placedAt", { time: time(ticket.placed_at) })}
                {ticket.estimated_ready_at ? ` · ${t("kitchen.dueAt", { time: time(ticket.estimated_ready_at) })}` : ""}
              </p>
            </>
          )}
        </section>,
        document.body
      )}
    </>
  )
}
