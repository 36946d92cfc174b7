import { IconButton, Input, Label } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { RecipeEditor } from "../hooks/use-recipe-editor"
import { IngredientSelect } from "./ingredient-select"

/** The extras a customer may add: per ingredient, per size its price and the quantity it adds; and how many one pizza takes. */
export function RecipeExtras({ editor }: { editor: RecipeEditor }) {
  const { t } = useTranslation("ocp-recipes")
  const { options, variants, draft } = editor
  const unitOf = (id: string) => options.find((option) => option.id === id)?.unit ?? ""
  return (
    <section aria-labelledby="ocp-extras-title" className="flex flex-col gap-2">
      <h3 id="ocp-extras-title" className="txt-compact-medium-plus">
        {t("recipe.extras")}
      </h3>
      {draft.extras.length > 0 && (
        <table className="w-full">
          <thead>
            <tr>
              <th className="text-left">{t("recipe.ingredient")}</th>
              {variants.map((variant) => (
                <th key={variant.id} className="text-left">
                  {t("recipe.extraSize", { size: variant.title })}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.extras.map((extra, index) => (
              <tr key={index}>
                <td className="pr-2">
                  <IngredientSelect
                    value={extra.inventory_item_id}
                    options={options}
                    label={t("recipe.extra")}
                    onChange={(value) => editor.updateExtra(index, { inventory_item_id: value })}
                  />
                </td>
                {variants.map((variant) => {
                  const typed = extra.sizes[variant.id] ?? { price: "", quantity: "" }
                  const change = (part: "price" | "quantity", value: string) => editor.updateExtra(index, { sizes: { ...extra.sizes, [variant.id]: { ...typed, [part]: value } } })
                  return (
                    <td key={variant.id} className="pr-2">
                      <div className="flex gap-1">
                        <Input
                          type="number"
                          min="0"
                          step="0.01"
                          aria-label={t("recipe.extraPrice", { size: variant.title })}
                          placeholder="€"
                          value={typed.price}
                          onChange={(event) => change("price", event.target.value)}
                        />
                        <Input
                          type="number"
                          min="0"
                          step="any"
                          aria-label={t("recipe.extraQuantity", { size: variant.title, unit: unitOf(extra.inventory_item_id) })}
                          placeholder={unitOf(extra.inventory_item_id)}
                          value={typed.quantity}
                          onChange={(event) => change("quantity", event.target.value)}
                        />
                      </div>
                    </td>
                  )
                })}
                <td>
                  <IconButton aria-label={t("recipe.removeExtra")} variant="transparent" onClick={() => editor.removeExtra(index)}>
                    ×
                  </IconButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="flex items-end gap-3">
        <button type="button" className="txt-compact-small-plus text-ui-fg-interactive" onClick={editor.addExtra}>
          {t("recipe.addExtra")}
        </button>
        <div>
          <Label htmlFor="ocp-max-extras">{t("recipe.maxExtras")}</Label>
          <Input id="ocp-max-extras" type="number" min="0" max="20" value={draft.maxExtras} onChange={(event) => editor.setDraft({ ...draft, maxExtras: event.target.value })} />
        </div>
      </div>
    </section>
  )
}
