import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNow } from "../../../hooks/use-now"
import type { PendingDelivery } from "../hooks/use-deferred-deliveries"
import { UNDO_SECONDS } from "../hooks/use-deferred-deliveries"

/**
 * The seconds left to take back a confirmed delivery, with the undo button in
 * the place of the delivered buttons (the thumb is already there). The live
 * region says once what will be recorded; the ticking number is for the eyes.
 */
export function UndoDelivered({ name, what, pending, onUndo }: { name: string; what: string; pending: PendingDelivery; onUndo: () => void }) {
  const { t } = useTranslation("ocp")
  const now = useNow(250)
  const left = Math.max(0, Math.ceil((pending.until - now) / 1000))
  return (
    <div className="border-ui-border-strong bg-ui-bg-subtle flex flex-col gap-2 rounded-md border p-3" data-testid="undo-delivered">
      <div role="status">
        <Text weight="plus">{what}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {pending.sending ? t("deliveries.sending") : <span aria-hidden="true">{t("deliveries.recordingIn", { seconds: left })}</span>}
          {!pending.sending && <span className="sr-only">{t("deliveries.confirmUndo", { seconds: UNDO_SECONDS })}</span>}
        </Text>
      </div>
      {!pending.sending && (
        <>
          <div className="bg-ui-bg-component h-1.5 overflow-hidden rounded-full" aria-hidden="true">
            <div
              className="bg-ui-fg-interactive h-full transition-[width] duration-300 ease-linear"
              style={{ width: `${((pending.until - now) / (UNDO_SECONDS * 1000)) * 100}%` }}
            />
          </div>
          <Button
            size="xlarge"
            variant="secondary"
            className="min-h-14 w-full text-lg"
            onClick={onUndo}
            aria-label={`${t("deliveries.undo")} · ${name}`}
            // the confirmation that opened this is gone: focus lands here, not on the page's top
            autoFocus
          >
            {t("deliveries.undo")} ({left} s)
          </Button>
        </>
      )}
    </div>
  )
}
