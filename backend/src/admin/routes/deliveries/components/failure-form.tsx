import { Button, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

/** Why a delivery failed, in the driver's words, before the order goes back to the pizzeria. */
export function FailureForm({ id, onSubmit, onCancel }: { id: string; onSubmit: (note: string) => void; onCancel: () => void }) {
  const { t } = useTranslation("ocp")
  const [reason, setReason] = useState("")
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit(reason)
      }}
    >
      <Label htmlFor={`ocp-reason-${id}`}>{t("deliveries.reason")}</Label>
      <Textarea id={`ocp-reason-${id}`} required value={reason} placeholder={t("deliveries.reasonPlaceholder")} onChange={(event) => setReason(event.target.value)} />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={!reason.trim()}>
          {t("deliveries.confirmFailed")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("deliveries.cancel")}
        </Button>
      </div>
    </form>
  )
}
