import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { retryServerErrors, sdk } from "../lib/sdk"

export type IngredientOption = { id: string; title: string | null; unit: string | null }
export type RecipeVariant = { id: string; title: string; variant_rank?: number | null }
export type Recipe = {
  id: string
  product_id: string
  steps: { list?: string[] }
  bake_minutes: number | null
  bake_temperature_c: number | null
  notes: string | null
  items: { variant_id: string; inventory_item_id: string; quantity: number; rank: number }[]
  options?: RecipeOptionsInput | null
}
/** What a customer may change (src/recipes/recipe-options.ts). */
export type RecipeOptionsInput = {
  removable: string[]
  extras: { inventory_item_id: string; sizes: { variant_id: string; price: number; quantity: number }[] }[]
  max_extras: number
}
export type RecipeInput = {
  product_id: string
  steps: string[]
  bake_minutes: number | null
  bake_temperature_c: number | null
  notes: string | null
  items: { variant_id: string; inventory_item_id: string; quantity: number }[]
  options: RecipeOptionsInput
}

const recipeKey = (productId: string) => ["ocp-recipes", "product", productId] as const

/** What the recipe editor needs: the ingredients that can go in, the product's sizes in rank order, and its recipe if it has one. */
export function useProductRecipe(productId: string) {
  return useQuery({
    queryKey: recipeKey(productId),
    queryFn: async () => {
      const [options, recipes, { product }] = await Promise.all([
        sdk.client.fetch<{ ingredients: IngredientOption[] }>("/admin/recipes/ingredient-options"),
        sdk.client.fetch<{ recipes: Recipe[] }>("/admin/recipes", { query: { product_id: productId } }),
        sdk.admin.product.retrieve(productId, { fields: "id,variants.id,variants.title,variants.variant_rank" }),
      ])
      const variants: RecipeVariant[] = (product.variants ?? []).map(({ id, title, variant_rank }) => ({ id, title: title ?? id, variant_rank }))
      return {
        options: options.ingredients,
        variants: variants.sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0)),
        recipe: recipes.recipes[0] ?? null,
      }
    },
    retry: retryServerErrors,
  })
}

/** Saves the recipe (POST /admin/recipes); the API keeps stock reservations in step with it. */
export function useSaveRecipe() {
  const { t } = useTranslation("ocp-recipes")
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RecipeInput) => sdk.client.fetch("/admin/recipes", { method: "POST", body: input }),
    onSuccess: () => {
      toast.success(t("recipe.saved"))
      return queryClient.invalidateQueries({ queryKey: ["ocp-recipes"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
}
