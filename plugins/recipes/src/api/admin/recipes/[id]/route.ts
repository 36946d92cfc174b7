import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withCodedErrors } from "@oc-pizza/api-types"
import { deleteRecipeWorkflow } from "../../../../workflows/delete-recipe"
import { upsertRecipeWorkflow } from "../../../../workflows/upsert-recipe"
import { RECIPE_FIELDS } from "../query-config"
import type { PostRecipeUpdateType } from "../validators"

async function fetchRecipe(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "recipe", fields: RECIPE_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Recipe ${id} was not found`)
  return data[0]
}

export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ recipe: await fetchRecipe(req, req.params.id) })
})

/** POST /admin/recipes/:id: replace the method and the items; kit links follow. */
export const POST = withCodedErrors(async function POST(req: AuthenticatedMedusaRequest<PostRecipeUpdateType>, res: MedusaResponse): Promise<void> {
  const existing = await fetchRecipe(req, req.params.id)
  await upsertRecipeWorkflow(req.scope).run({ input: { ...req.validatedBody, product_id: existing.product_id } })
  res.json({ recipe: await fetchRecipe(req, req.params.id) })
})

export const DELETE = withCodedErrors(async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  await fetchRecipe(req, req.params.id)
  await deleteRecipeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "recipe", deleted: true })
})
