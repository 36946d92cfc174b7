import { Input } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useSetThreshold, type IngredientRow } from "../hooks/use-ingredient-stock"

/** The ingredient's low-stock threshold, edited in place: saved on Enter or on leaving the field, Escape puts it back. */
export function ThresholdInput({ locationId, row, unit }: { locationId: string; row: IngredientRow; unit: string }) {
  const { t } = useTranslation("ocp-stock")
  const setThreshold = useSetThreshold(locationId)
  const [draft, setDraft] = useState(String(row.low_stock_threshold))
  const value = Number(draft)
  const invalid = draft.trim() === "" || !Number.isFinite(value) || value < 0
  const save = () => {
    // Enter then leaving the field sends one save, not two
    if (invalid || value === row.low_stock_threshold || setThreshold.isPending) return
    setThreshold.mutate({ inventory_item_id: row.inventory_item_id, low_stock_threshold: value })
  }
  return (
    <div className="flex items-center gap-x-1">
      <Input
        size="small"
        type="number"
        min={0}
        className="w-24"
        aria-label={t("thresholdOf", { name: row.name })}
        aria-invalid={invalid}
        value={draft}
        disabled={setThreshold.isPending}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === "Enter") save()
          if (event.key === "Escape") setDraft(String(row.low_stock_threshold))
        }}
      />
      <span className="text-ui-fg-subtle">{unit}</span>
    </div>
  )
}
