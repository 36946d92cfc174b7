import { Badge, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useMoney } from "../../../hooks/use-money"
import { useNow } from "../../../hooks/use-now"
import { DeliveryInstructions } from "../../../components/delivery-instructions"
import type { Delivery, DeliveryMove } from "../hooks/use-deliveries"
import type { PendingDelivery } from "../hooks/use-deferred-deliveries"
import { ConfirmDelivered, useDeliveredText } from "./confirm-delivered"
import { DeliveryActions } from "./delivery-actions"
import { FailureForm } from "./failure-form"
import { UndoDelivered } from "./undo-delivered"

/** One order on the road: where, who, what, what to collect, and the driver's next move ("delivered" asked first, then held for an undo). */
export function DeliveryCard({
  delivery,
  busy,
  pending,
  onMove,
  onHold,
  onUndo,
}: {
  delivery: Delivery
  busy: boolean
  /** A confirmed "delivered" not sent yet, if any. */
  pending: PendingDelivery | undefined
  onMove: (move: DeliveryMove) => void
  onHold: (move: DeliveryMove) => void
  onUndo: () => void
}) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  const now = useNow()
  const deliveredText = useDeliveredText()
  const [failing, setFailing] = useState(false)
  // the payment being confirmed: undefined for an order paid online, null when nothing is asked
  const [confirming, setConfirming] = useState<DeliveryMove["paid_with"] | null>(null)
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
      {pending ? (
        <UndoDelivered name={name} what={`${name} · ${deliveredText(delivery, pending.move.paid_with)}`} pending={pending} onUndo={onUndo} />
      ) : failing ? (
        <FailureForm
          id={delivery.ticket_id}
          onCancel={() => setFailing(false)}
          onSubmit={(note) => {
            onMove({ to: "delivery_failed", note })
            setFailing(false)
          }}
        />
      ) : (
        <DeliveryActions delivery={delivery} name={name} busy={busy} onMove={onMove} onDeliver={(paidWith) => setConfirming(paidWith)} onFail={() => setFailing(true)} />
      )}
      <ConfirmDelivered
        delivery={delivery}
        name={name}
        paidWith={confirming}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          onHold({ to: "delivered", ...(confirming ? { paid_with: confirming } : {}) })
          setConfirming(null)
        }}
      />
    </article>
  )
}
