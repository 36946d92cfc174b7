import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withCodedErrors } from "@oc-pizza/api-types"

type Option = { id: string; title: string | null; sku: string | null; unit: string | null }

/**
 * GET /admin/recipes/ingredient-options: what a recipe can use, for the
 * editor's picker. Units come from the ingredient-stock plugin when the
 * store has it (its link `inventory_item.ingredient`); otherwise none.
 */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ ingredients: Option[] }>): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const fields = ["id", "title", "sku"]
  const { data } = await query.graph({ entity: "inventory_item", fields: [...fields, "ingredient.unit"], pagination: { take: 2000 } }).catch((error: Error) => {
    // without the ingredient-stock plugin the link does not exist: list without units
    if (!/ingredient/i.test(error.message)) throw error
    return query.graph({ entity: "inventory_item", fields, pagination: { take: 2000 } })
  })
  const ingredients = (data as { id: string; title: string | null; sku: string | null; ingredient?: { unit?: string } | null }[])
    .map((item) => ({ id: item.id, title: item.title, sku: item.sku, unit: item.ingredient?.unit ?? null }))
    .sort((a, b) => String(a.title).localeCompare(String(b.title), "fr"))
  res.json({ ingredients })
})
