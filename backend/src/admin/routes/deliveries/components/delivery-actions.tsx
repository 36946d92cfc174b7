import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Delivery, DeliveryMove } from "../hooks/use-deliveries"

const BIG = "min-h-14 text-lg"

/** The driver's big buttons for where the delivery stands: take it, leave again, or delivered (with how it was paid: the card asks first). */
export function DeliveryActions({
  delivery,
  name,
  busy,
  onMove,
  onDeliver,
  onFail,
}: {
  delivery: Delivery
  name: string
  busy: boolean
  onMove: (move: DeliveryMove) => void
  onDeliver: (paidWith?: DeliveryMove["paid_with"]) => void
  onFail: () => void
}) {
  const { t } = useTranslation("ocp")
  if (delivery.status === "ready") {
    return (
      <Button size="xlarge" className={BIG} isLoading={busy} onClick={() => onMove({ to: "out_for_delivery" })} aria-label={`${t("deliveries.take")} · ${name}`}>
        {t("deliveries.take")}
      </Button>
    )
  }
  if (delivery.status === "delivery_failed") {
    return (
      <Button
        size="xlarge"
        variant="secondary"
        className={BIG}
        isLoading={busy}
        onClick={() => onMove({ to: "out_for_delivery" })}
        aria-label={`${t("deliveries.again")} · ${name}`}
      >
        {t("deliveries.again")}
      </Button>
    )
  }
  if (!delivery.mine) return null
  const delivered = t("deliveries.delivered")
  return (
    <div className="flex flex-col gap-2">
      {delivery.to_collect !== null ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">
            {delivered} · {t("deliveries.paidWith")}
          </legend>
          <div className="grid grid-cols-2 gap-2">
            {(
              [
                ["cash", t("deliveries.cash")],
                ["card_terminal", t("deliveries.cardTerminal")],
              ] as const
            ).map(([paidWith, label]) => (
              <Button key={paidWith} size="xlarge" className={BIG} isLoading={busy} onClick={() => onDeliver(paidWith)} aria-label={`${delivered}, ${label} · ${name}`}>
                {label}
              </Button>
            ))}
          </div>
        </fieldset>
      ) : (
        <Button size="xlarge" className={BIG} isLoading={busy} onClick={() => onDeliver()} aria-label={`${delivered} · ${name}`}>
          {delivered}
        </Button>
      )}
      <Button size="large" variant="secondary" className="min-h-12" onClick={onFail}>
        {t("deliveries.failedButton")}
      </Button>
    </div>
  )
}
