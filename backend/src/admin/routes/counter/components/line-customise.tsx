import { Checkbox, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMoney } from "../../../hooks/use-money"
import type { BasketLine } from "../hooks/use-basket"

/** A basket line's pizzas made otherwise, as the caller asks: toppings left out, extras added (the menu's prices for the size); the server prices it again. */
export function LineCustomise({ line, onChange }: { line: BasketLine; onChange: (choice: { remove: string[]; add: string[] }) => void }) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  const customisation = line.item.customisation
  const removable = line.item.ingredients.filter((ingredient) => ingredient.removable)
  if (!customisation || (removable.length === 0 && customisation.extras.length === 0)) return null
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((other) => other !== id))
  const full = line.add.length >= customisation.max_extras
  return (
    <details className="w-full">
      <summary className="txt-compact-small text-ui-fg-interactive cursor-pointer">{t("counter.customise", { title: line.label })}</summary>
      <div className="grid grid-cols-2 gap-x-4 gap-y-1 pt-1">
        <fieldset className="flex flex-col gap-1">
          <legend className="txt-compact-small-plus">{t("counter.leaveOut")}</legend>
          {removable.map((ingredient) => {
            const id = `ocp-${line.id}-without-${ingredient.id}`
            return (
              <div key={ingredient.id} className="flex items-center gap-2">
                <Checkbox
                  id={id}
                  checked={line.remove.includes(ingredient.id)}
                  onCheckedChange={(checked) => onChange({ remove: toggle(line.remove, ingredient.id, checked === true), add: line.add })}
                />
                <Label htmlFor={id} size="small">
                  {t("counter.without", { name: ingredient.name })}
                </Label>
              </div>
            )
          })}
        </fieldset>
        <fieldset className="flex flex-col gap-1">
          <legend className="txt-compact-small-plus">{t("counter.extras", { max: customisation.max_extras })}</legend>
          {customisation.extras.map((extra) => {
            const size = extra.sizes.find((candidate) => candidate.variant_id === line.variant.id)
            const chosen = line.add.includes(extra.id)
            const id = `ocp-${line.id}-extra-${extra.id}`
            return (
              <div key={extra.id} className="flex items-center gap-2">
                <Checkbox
                  id={id}
                  checked={chosen}
                  disabled={!size?.available || (full && !chosen)}
                  onCheckedChange={(checked) => onChange({ remove: line.remove, add: toggle(line.add, extra.id, checked === true) })}
                />
                <Label htmlFor={id} size="small">
                  {extra.name} {size ? (size.available ? `+ ${money(size.price)}` : t("counter.soldOut")) : "—"}
                </Label>
              </div>
            )
          })}
        </fieldset>
      </div>
      {full && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("counter.extrasFull", { max: customisation.max_extras })}
        </Text>
      )}
    </details>
  )
}
