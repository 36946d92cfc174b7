import { useQuery } from "@tanstack/react-query"
import { retryServerErrors, sdk } from "../../../lib/sdk"
import type { Recipe } from "../../../hooks/use-product-recipe"

export type BookProduct = { id: string; title: string; variants: { id: string; title: string; variant_rank: number }[] }
export type BookEntry = { recipe: Recipe; product: BookProduct | undefined }

/** Every recipe with its product (sizes in rank order) and the names of its ingredients. */
export function useRecipeBook() {
  return useQuery({
    queryKey: ["ocp-recipes", "book"],
    queryFn: async () => {
      const [{ recipes }, { products }, { inventory_items }] = await Promise.all([
        sdk.client.fetch<{ recipes: Recipe[] }>("/admin/recipes", { query: { limit: 200 } }),
        sdk.admin.product.list({ limit: 500, fields: "id,title,variants.id,variants.title,variants.variant_rank" }),
        sdk.admin.inventoryItem.list({ limit: 1000, fields: "id,title" }),
      ])
      const byId = new Map<string, BookProduct>(
        products.map((product) => [
          product.id,
          {
            id: product.id,
            title: product.title,
            variants: (product.variants ?? [])
              .map((variant) => ({ id: variant.id, title: variant.title ?? variant.id, variant_rank: variant.variant_rank ?? 0 }))
              .sort((a, b) => a.variant_rank - b.variant_rank),
          },
        ])
      )
      return {
        entries: recipes.map((recipe): BookEntry => ({ recipe, product: byId.get(recipe.product_id) })),
        ingredientNames: new Map(inventory_items.map((item) => [item.id, item.title ?? item.id])),
      }
    },
    retry: retryServerErrors,
  })
}
