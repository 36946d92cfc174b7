import { Button, Container, Heading, Input, Label, Select } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { FieldError } from "../../../components/field-error"
import { RECORDED_TYPES, useIngredients, useRecordMovement } from "../hooks/use-ingredient-stock"
import { useUnitLabel } from "./unit-label"

type Draft = { inventory_item_id: string; type: (typeof RECORDED_TYPES)[number]; quantity: string; note: string }
type Field = "ingredient" | "quantity"

/**
 * What is wrong with the draft, as `invalid.*` keys: the rules the server
 * applies (src/stock/movement-change.ts), said before sending. The level
 * against reservations stays the server's to check.
 */
function problemsOf(draft: Draft): Partial<Record<Field, string>> {
  const quantity = Number(draft.quantity)
  return {
    ingredient: draft.inventory_item_id ? undefined : "invalid.ingredient",
    quantity:
      draft.quantity.trim() === ""
        ? "invalid.quantityMissing"
        : !Number.isFinite(quantity)
          ? "invalid.quantityNumber"
          : draft.type !== "adjustment" && quantity < 0
            ? "invalid.quantityNegative"
            : (draft.type === "receipt" || draft.type === "waste") && quantity === 0
              ? "invalid.quantityZero"
              : undefined,
  }
}

/**
 * Records a receipt, waste, count or adjustment of one ingredient, in its unit.
 * A field says what is wrong only once it was left or the form sent, in words
 * tied to it (aria-describedby): no `required`, which the admin's inputs paint red from the start.
 */
export function MovementForm({ locationId }: { locationId: string }) {
  const { t } = useTranslation("ocp-stock")
  const unitLabel = useUnitLabel()
  const { data: ingredients = [] } = useIngredients(locationId)
  const record = useRecordMovement(locationId)
  const [draft, setDraft] = useState<Draft>({ inventory_item_id: "", type: "receipt", quantity: "", note: "" })
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const problems = problemsOf(draft)
  const shown = (field: Field) => (submitted || touched[field] ? problems[field] : undefined)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (Object.values(problems).some(Boolean)) return
    record.mutate(
      { inventory_item_id: draft.inventory_item_id, type: draft.type, quantity: Number(draft.quantity), note: draft.note || null },
      {
        onSuccess: () => {
          setDraft({ ...draft, quantity: "", note: "" })
          setSubmitted(false)
          setTouched({})
        },
      }
    )
  }
  const ingredientError = shown("ingredient")
  const quantityError = shown("quantity")
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">{t("record")}</Heading>
      <form onSubmit={submit} noValidate className="mt-3 grid grid-cols-5 items-start gap-3">
        <div>
          <Label htmlFor="ocp-ingredient">{t("ingredient")}</Label>
          <Select value={draft.inventory_item_id} onValueChange={(value) => setDraft({ ...draft, inventory_item_id: value })}>
            <Select.Trigger
              id="ocp-ingredient"
              aria-required="true"
              aria-invalid={ingredientError ? true : undefined}
              aria-describedby={ingredientError ? "ocp-ingredient-error" : undefined}
            >
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
          <FieldError id="ocp-ingredient-error" message={ingredientError && t(ingredientError)} />
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
          <Input
            id="ocp-quantity"
            type="number"
            step="any"
            aria-required="true"
            aria-invalid={quantityError ? true : undefined}
            aria-describedby={quantityError ? "ocp-quantity-error" : undefined}
            value={draft.quantity}
            onChange={(event) => setDraft({ ...draft, quantity: event.target.value })}
            onBlur={() => setTouched({ ...touched, quantity: true })}
          />
          <FieldError id="ocp-quantity-error" message={quantityError && t(quantityError)} />
        </div>
        <div>
          <Label htmlFor="ocp-note">{t("note")}</Label>
          <Input id="ocp-note" maxLength={500} value={draft.note} onChange={(event) => setDraft({ ...draft, note: event.target.value })} />
        </div>
        {/* aligned with the fields, below their labels */}
        <Button type="submit" className="mt-6 self-start" isLoading={record.isPending}>
          {t("save")}
        </Button>
      </form>
    </Container>
  )
}
