import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withCodedErrors } from "@oc-pizza/api-types"
import { upsertRecipeWorkflow } from "../../../workflows/upsert-recipe"
import { RECIPE_FIELDS } from "./query-config"
import type { GetRecipesType, PostRecipeType } from "./validators"

/** GET /admin/recipes: recipes with their items, filtered by product. */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest<unknown, GetRecipesType>, res: MedusaResponse): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, product_id } = req.validatedQuery as GetRecipesType
  const { data, metadata } = await query.graph({
    entity: "recipe",
    fields: RECIPE_FIELDS,
    filters: product_id ? { product_id } : {},
    pagination: { take: limit, skip: offset, order: { created_at: "ASC" } },
  })
  res.json({ recipes: data, count: metadata?.count ?? data.length, limit, offset })
})

/** POST /admin/recipes: create (or replace) a product's recipe; its variants' kits follow. */
export const POST = withCodedErrors(async function POST(req: AuthenticatedMedusaRequest<PostRecipeType>, res: MedusaResponse): Promise<void> {
  const { result } = await upsertRecipeWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "recipe", fields: RECIPE_FIELDS, filters: { id: result.id } })
  res.status(201).json({ recipe: data[0] })
})
