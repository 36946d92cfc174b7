import { Checkbox, IconButton, Input } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { RecipeEditor } from "../hooks/use-recipe-editor"
import { IngredientSelect } from "./ingredient-select"

/** The recipe's table: one row per ingredient, one quantity per size, in the ingredient's unit. */
export function RecipeRows({ editor }: { editor: RecipeEditor }) {
  const { t } = useTranslation("ocp-recipes")
  const { options, variants, draft } = editor
  const unitOf = (id: string) => options.find((option) => option.id === id)?.unit ?? ""
  return (
    <table className="w-full">
      <thead>
        <tr>
          <th className="text-left">{t("recipe.ingredient")}</th>
          {variants.map((variant) => (
            <th key={variant.id} className="text-left">
              {variant.title}
            </th>
          ))}
          <th className="text-left">{t("recipe.removable")}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {draft.rows.map((row, index) => (
          <tr key={index}>
            <td className="pr-2">
              <IngredientSelect
                value={row.inventory_item_id}
                options={options}
                label={t("recipe.ingredient")}
                onChange={(value) => editor.updateRow(index, { inventory_item_id: value })}
              />
            </td>
            {variants.map((variant) => (
              <td key={variant.id} className="pr-2">
                <Input
                  type="number"
                  min="0"
                  step="any"
                  aria-label={`${variant.title} (${unitOf(row.inventory_item_id)})`}
                  value={row.quantities[variant.id] ?? ""}
                  onChange={(event) => editor.updateRow(index, { quantities: { ...row.quantities, [variant.id]: event.target.value } })}
                />
              </td>
            ))}
            <td className="pr-2">
              <Checkbox
                aria-label={t("recipe.removableOf", { ingredient: options.find((option) => option.id === row.inventory_item_id)?.title ?? "" })}
                checked={row.removable}
                onCheckedChange={(checked) => editor.updateRow(index, { removable: checked === true })}
              />
            </td>
            <td>
              <IconButton aria-label={t("recipe.remove")} variant="transparent" onClick={() => editor.removeRow(index)}>
                ×
              </IconButton>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
