import { Badge, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useMoney } from "../../../hooks/use-money"
import { useNow } from "../../../hooks/use-now"
import { DeliveryInstructions } from "../../../components/delivery-instructions"
import type { Delivery, DeliveryMove } from "../hooks/use-deliveries"
import { DeliveryActions } from "./delivery-actions"
import { FailureForm } from "./failure-form"

/** One order on the road: where, who, what, what to collect, and the driver's next move. */
export function DeliveryCard({ delivery, busy, onMove }: { delivery: Delivery; busy: boolean; onMove: (move: DeliveryMove) => void }) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  const now = useNow()
  const [failing, setFailing] = useState(false)
  const name = t("order", { number: delivery.display_id ?? delivery.ticket_id.slice(-6) })
  const minutes = Math.max(0, Math.floor((now - new Date(delivery.placed_at).getTime()) / 60_000))
  return (
    <article aria-label={name} data-testid="delivery" className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-2 rounded-lg px-4 py-3">
      <div className="flex items-center justify-between">
        <Heading level="h3">{name}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("since", { minutes })}
        </Text>
      </div>
      <Text weight="plus">{delivery.customer.name}</Text>
      <Text>{delivery.address.line}</Text>
      <DeliveryInstructions instructions={delivery.instructions} />
      <div className="flex flex-wrap gap-2">
        <a className="text-ui-fg-interactive underline" href={delivery.directions_url} target="_blank" rel="noopener noreferrer">
          {t("deliveries.directions")}
        </a>
        {delivery.customer.phone && (
          <a className="text-ui-fg-interactive underline" href={`tel:${delivery.customer.phone}`}>
            {t("deliveries.call")} {delivery.customer.phone}
          </a>
        )}
      </div>
      <Text size="small">{delivery.items.map((item) => `${item.quantity} × ${item.title}${item.variant ? ` (${item.variant})` : ""}`).join(", ")}</Text>
      {delivery.to_collect !== null ? (
        <Badge color="orange" size="large">
          {t("deliveries.toCollect", { amount: money(delivery.to_collect, delivery.currency_code) })}
        </Badge>
      ) : (
        <Badge color="green">{t("deliveries.paidOnline")}</Badge>
      )}
      {delivery.taken_by && !delivery.mine && <Text size="small">{t("deliveries.takenBy", { name: delivery.taken_by.name })}</Text>}
      {delivery.note && (
        <Text size="small" className="text-ui-fg-error">
          {delivery.note}
        </Text>
      )}
      {failing ? (
        <FailureForm
          id={delivery.ticket_id}
          onCancel={() => setFailing(false)}
          onSubmit={(note) => {
            onMove({ to: "delivery_failed", note })
            setFailing(false)
          }}
        />
      ) : (
        <DeliveryActions delivery={delivery} name={name} busy={busy} onMove={onMove} onFail={() => setFailing(true)} />
      )}
    </article>
  )
}
