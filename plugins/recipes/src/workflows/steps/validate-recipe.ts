import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RecipeError } from "../../errors/recipe-error"
import type { KitLink } from "../../recipes/kit-links"
import { validateRecipeOptions, type RecipeOptions } from "../../recipes/recipe-options"
import { validateRecipeItems, type RecipeItemInput } from "../../recipes/validate-recipe-items"

export const validateRecipeStepId = "validate-recipe"

export type ValidatedRecipe = { variant_ids: string[]; existing_links: KitLink[] }

/** Checks the product, its variants and the ingredients; reads the kit links the recipe will replace. */
export const validateRecipeStep = createStep(validateRecipeStepId, async (input: { product_id: string; items: RecipeItemInput[]; options?: RecipeOptions }, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.inventory_items.inventory_item_id", "variants.inventory_items.required_quantity"],
    filters: { id: input.product_id },
  })
  const product = products[0] as
    { id: string; variants: { id: string; inventory_items?: ({ inventory_item_id: string; required_quantity: number } | null)[] | null }[] } | undefined
  if (!product) throw new RecipeError("product_id", `product ${input.product_id} does not exist`)

  const itemIds = [...new Set([...input.items, ...(input.options?.extras ?? [])].map((item) => item.inventory_item_id))]
  const { data: items } = itemIds.length ? await query.graph({ entity: "inventory_item", fields: ["id"], filters: { id: itemIds } }) : { data: [] }
  const variantIds = new Set(product.variants.map((variant) => variant.id))
  const knownItemIds = new Set(items.map((item) => item.id as string))
  validateRecipeItems(input.items, variantIds, knownItemIds)
  if (input.options) validateRecipeOptions(input.options, input.items, variantIds, knownItemIds)

  const existing_links = product.variants.flatMap((variant) =>
    (variant.inventory_items ?? []).flatMap((part) =>
      part ? [{ variant_id: variant.id, inventory_item_id: part.inventory_item_id, required_quantity: Number(part.required_quantity) }] : []
    )
  )
  return new StepResponse<ValidatedRecipe>({ variant_ids: product.variants.map((variant) => variant.id), existing_links })
})
