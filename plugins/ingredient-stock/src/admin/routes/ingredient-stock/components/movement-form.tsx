import { Button, Container, Heading, Input, Label, Select } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { RECORDED_TYPES, useIngredients, useRecordMovement } from "../hooks/use-ingredient-stock"
import { useUnitLabel } from "./unit-label"

type Draft = { inventory_item_id: string; type: (typeof RECORDED_TYPES)[number]; quantity: string; note: string }

/** Records a receipt, waste, count or adjustment of one ingredient, in its unit. */
export function MovementForm({ locationId }: { locationId: string }) {
  const { t } = useTranslation("ocp-stock")
  const unitLabel = useUnitLabel()
  const { data: ingredients = [] } = useIngredients(locationId)
  const record = useRecordMovement(locationId)
  const [draft, setDraft] = useState<Draft>({ inventory_item_id: "", type: "receipt", quantity: "", note: "" })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    record.mutate(
      { inventory_item_id: draft.inventory_item_id, type: draft.type, quantity: Number(draft.quantity), note: draft.note || null },
      { onSuccess: () => setDraft({ ...draft, quantity: "", note: "" }) }
    )
  }
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">{t("record")}</Heading>
      <form onSubmit={submit} className="mt-3 grid grid-cols-5 items-end gap-3">
        <div>
          <Label htmlFor="ocp-ingredient">{t("ingredient")}</Label>
          <Select value={draft.inventory_item_id} onValueChange={(value) => setDraft({ ...draft, inventory_item_id: value })}>
            <Select.Trigger id="ocp-ingredient">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {ingredients.map((row) => (
                <Select.Item key={row.inventory_item_id} value={row.inventory_item_id}>
                  {row.name} ({unitLabel(row.unit)})
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div>
          <Label htmlFor="ocp-type">{t("type")}</Label>
          <Select value={draft.type} onValueChange={(value) => setDraft({ ...draft, type: RECORDED_TYPES.find((type) => type === value) ?? draft.type })}>
            <Select.Trigger id="ocp-type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {RECORDED_TYPES.map((type) => (
                <Select.Item key={type} value={type}>
                  {t(`movement.${type}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div>
          <Label htmlFor="ocp-quantity">{t("quantity")}</Label>
          <Input id="ocp-quantity" type="number" step="any" required value={draft.quantity} onChange={(event) => setDraft({ ...draft, quantity: event.target.value })} />
        </div>
        <div>
          <Label htmlFor="ocp-note">{t("note")}</Label>
          <Input id="ocp-note" value={draft.note} onChange={(event) => setDraft({ ...draft, note: event.target.value })} />
        </div>
        <Button type="submit" isLoading={record.isPending} disabled={!draft.inventory_item_id || draft.quantity === ""}>
          {t("save")}
        </Button>
      </form>
    </Container>
  )
}
