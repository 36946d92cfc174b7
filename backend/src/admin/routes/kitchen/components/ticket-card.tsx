import { Badge, Button, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DeliveryInstructions } from "../../../components/delivery-instructions"
import { KITCHEN_STEPS, type Ticket } from "../hooks/use-kitchen-board"
import { RecipeInline } from "./recipe-inline"

const minutesBetween = (from: string, now: number) => Math.floor((now - new Date(from).getTime()) / 60_000)

/** One order on the kitchen board: its dishes with their recipes, how long it has waited, and its next step. */
export function TicketCard({ ticket, now, busy, onMove }: { ticket: Ticket; now: number; busy: boolean; onMove: (to: "preparing" | "ready") => void }) {
  const { t } = useTranslation("ocp")
  const minutes = Math.max(0, minutesBetween(ticket.placed_at, now))
  const lateBy = ticket.status !== "ready" && ticket.estimated_ready_at ? minutesBetween(ticket.estimated_ready_at, now) : -1
  const late = lateBy > 0
  const step = KITCHEN_STEPS.find((candidate) => candidate.from === ticket.status)
  const next = step ? { to: step.to, label: t(step.label) } : null
  const name = t("order", { number: ticket.display_id ?? ticket.id.slice(-6) })
  return (
    <article
      aria-label={name}
      data-testid="kitchen-ticket"
      className={`bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-2 rounded-lg px-4 py-3 ${late ? "border-ui-tag-red-border bg-ui-tag-red-bg border-2" : ""}`}
    >
      <div className="flex items-center justify-between gap-2">
        <Heading level="h3">{name}</Heading>
        <Badge color={ticket.kind === "delivery" ? "blue" : "purple"}>{t(`kind.${ticket.kind}`)}</Badge>
      </div>
      <Text size="small" className={late ? "text-ui-fg-error font-medium" : "text-ui-fg-subtle"}>
        {t("since", { minutes })}
        {late ? ` · ${t("late", { minutes: lateBy })}` : ""}
      </Text>
      {ticket.payment_failed && <Badge color="red">{t("kitchen.paymentFailed")}</Badge>}
      <ul className="flex flex-col gap-2">
        {ticket.items.map((item, index) => (
          <li key={index}>
            <Text weight="plus" size="large">
              {item.quantity} × {item.title}
              {item.variant ? ` (${item.variant})` : ""}
            </Text>
            {ticket.status !== "ready" && <RecipeInline recipe={item.recipe} quantity={item.quantity} />}
          </li>
        ))}
      </ul>
      <DeliveryInstructions instructions={ticket.delivery_instructions} />
      {next && (
        <Button size="xlarge" className="min-h-14 w-full text-lg" isLoading={busy} onClick={() => onMove(next.to)} aria-label={`${next.label} · ${name}`}>
          {next.label}
        </Button>
      )}
    </article>
  )
}
