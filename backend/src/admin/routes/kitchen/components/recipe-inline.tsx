import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Recipe } from "../hooks/use-kitchen-board"

/** A dish's recipe, opened from its line on a ticket: ingredients per portion, steps, bake. */
export function RecipeInline({ recipe, quantity }: { recipe: Recipe | null; quantity: number }) {
  const { t } = useTranslation("ocp")
  if (!recipe) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("kitchen.noRecipe")}
      </Text>
    )
  }
  const minutes = recipe.bake_minutes ?? "?"
  return (
    <div className="mt-1 rounded-md bg-ui-bg-subtle px-3 py-2">
      <p className="text-sm font-medium">{t("kitchen.recipe")}</p>
      <ul className="mt-1 text-sm">
        {recipe.ingredients.map((ingredient) => (
          <li key={ingredient.name}>
            {ingredient.name} : {ingredient.quantity}
            {ingredient.unit === "piece" ? "" : ` ${ingredient.unit}`}
            {quantity > 1 ? ` (× ${quantity})` : ""}
            {ingredient.extra && <strong className="text-ui-tag-green-text"> {t("kitchen.withExtra")}</strong>}
          </li>
        ))}
      </ul>
      {recipe.steps.length > 0 && (
        <ol className="mt-1 list-decimal pl-5 text-sm">
          {recipe.steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      )}
      <Text size="small" weight="plus" className="mt-1">
        {recipe.bake_temperature_c ? t("kitchen.bakeAt", { minutes, celsius: recipe.bake_temperature_c }) : t("kitchen.bake", { minutes })}
      </Text>
    </div>
  )
}
