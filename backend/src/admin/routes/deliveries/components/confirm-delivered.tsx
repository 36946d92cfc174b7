import { Prompt, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMoney } from "../../../hooks/use-money"
import type { Delivery, DeliveryMove } from "../hooks/use-deliveries"
import { UNDO_SECONDS } from "../hooks/use-deferred-deliveries"

const BIG = "min-h-14 w-full text-lg"

/** What "delivered" records for this order, in words: the amount and how it was paid, or that it was paid online. */
export function useDeliveredText(): (delivery: Delivery, paidWith: DeliveryMove["paid_with"]) => string {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  return (delivery, paidWith) =>
    delivery.to_collect !== null && paidWith
      ? t("deliveries.deliveredPaid", {
          amount: money(delivery.to_collect, delivery.currency_code),
          how: t(paidWith === "cash" ? "deliveries.inCash" : "deliveries.byCard"),
        })
      : t("deliveries.deliveredOnline")
}

/**
 * Asks before "delivered (and paid)": the order, the address, the amount and
 * how it was paid, in large type for a phone held in one hand. An alert
 * dialog: focus moves into it, Escape or "Back" leaves nothing changed.
 */
export function ConfirmDelivered({
  delivery,
  name,
  paidWith,
  onConfirm,
  onClose,
}: {
  delivery: Delivery
  name: string
  /** null: the dialog is closed */
  paidWith: DeliveryMove["paid_with"] | null
  onConfirm: () => void
  onClose: () => void
}) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  const collect = delivery.to_collect !== null && paidWith
  return (
    <Prompt open={paidWith !== null} onOpenChange={(open) => !open && onClose()} variant="confirmation">
      <Prompt.Content className="max-w-[calc(100vw-2rem)] sm:max-w-[420px]" data-testid="confirm-delivered">
        <Prompt.Header>
          <Prompt.Title>{collect ? t("deliveries.confirmTitle", { order: name }) : t("deliveries.confirmTitleOnline", { order: name })}</Prompt.Title>
          <Prompt.Description>{delivery.address.line}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-1 px-6 pt-4">
          {collect ? (
            <>
              <Text className="text-ui-fg-subtle">{t("deliveries.confirmRecords")}</Text>
              <Text className="text-3xl font-semibold" data-testid="confirm-amount">
                {money(delivery.to_collect!, delivery.currency_code)}
              </Text>
              <Text size="xlarge" weight="plus">
                {t(paidWith === "cash" ? "deliveries.inCash" : "deliveries.byCard")}
              </Text>
            </>
          ) : (
            <Text size="large" weight="plus">
              {t("deliveries.deliveredOnline")}
            </Text>
          )}
          <Text size="small" className="text-ui-fg-subtle pt-2">
            {t("deliveries.confirmUndo", { seconds: UNDO_SECONDS })}
          </Text>
        </div>
        <Prompt.Footer className="flex-col-reverse items-stretch gap-2 sm:flex-row sm:gap-x-2">
          <Prompt.Cancel className={BIG}>{t("deliveries.back")}</Prompt.Cancel>
          <Prompt.Action className={BIG} onClick={onConfirm}>
            {t("deliveries.confirmYes")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
