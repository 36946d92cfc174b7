import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { BookEntry } from "../hooks/use-recipe-book"

/** One pizza in large print: bake, quantities per size (an ingredient a customer may leave out marked so), extras per size, method, notes. */
export function RecipeCard({ entry: { recipe, product }, ingredientNames }: { entry: BookEntry; ingredientNames: Map<string, string> }) {
  const { t } = useTranslation("ocp-recipes")
  const variants = product?.variants ?? []
  const ingredientIds = [...new Set([...recipe.items].sort((a, b) => a.rank - b.rank).map((item) => item.inventory_item_id))]
  const quantity = (variantId: string, itemId: string) => recipe.items.find((item) => item.variant_id === variantId && item.inventory_item_id === itemId)?.quantity ?? "—"
  return (
    <Container className="px-6 py-5 break-inside-avoid" data-testid="recipe-card">
      <Heading level="h2" className="text-2xl">
        {product?.title ?? recipe.product_id}
      </Heading>
      {recipe.bake_minutes !== null && (
        <Text size="large" className="mt-1">
          {t("book.bake", { minutes: recipe.bake_minutes, celsius: recipe.bake_temperature_c })}
        </Text>
      )}
      <table className="mt-3 w-full text-lg" aria-label={t("book.quantities", { product: product?.title ?? "" })}>
        <thead>
          <tr>
            <th className="text-left">{t("book.ingredient")}</th>
            {variants.map((variant) => (
              <th key={variant.id} className="text-right">
                {variant.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ingredientIds.map((itemId) => (
            <tr key={itemId} className="border-t">
              <td>
                {ingredientNames.get(itemId) ?? itemId}
                {recipe.options?.removable.includes(itemId) && <span className="text-ui-fg-subtle text-sm"> · {t("book.removable")}</span>}
              </td>
              {variants.map((variant) => (
                <td key={variant.id} className="text-right">
                  {quantity(variant.id, itemId)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {(recipe.options?.extras.length ?? 0) > 0 && (
        <table className="mt-3 w-full">
          <caption className="text-left font-medium">{t("book.extras", { product: product?.title ?? "", max: recipe.options?.max_extras ?? 0 })}</caption>
          <tbody>
            {recipe.options!.extras.map((extra) => (
              <tr key={extra.inventory_item_id} className="border-t">
                <td>+ {ingredientNames.get(extra.inventory_item_id) ?? extra.inventory_item_id}</td>
                {variants.map((variant) => {
                  const size = extra.sizes.find((candidate) => candidate.variant_id === variant.id)
                  return (
                    <td key={variant.id} className="text-right">
                      {size ? t("book.extraSize", { quantity: size.quantity, price: size.price.toFixed(2) }) : "—"}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Heading level="h3" className="mt-4">
        {t("book.method")}
      </Heading>
      <ol className="mt-1 list-decimal pl-6 text-lg">
        {(recipe.steps.list ?? []).map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      {recipe.notes && <Text className="mt-2">{recipe.notes}</Text>}
    </Container>
  )
}
