import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { convertDraftOrderWorkflow } from "@medusajs/medusa/core-flows"
import { withGuardedStock } from "../../../../../stock/with-guarded-stock"

/**
 * POST /admin/draft-orders/:id/convert-to-order, taken over from Medusa
 * (whose conversion checks each line on its own, outside any lock): a
 * counter or phone order reserves its ingredients like a web checkout,
 * whole order summed, under the pizzeria's stock lock.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  await withGuardedStock(req.scope, req.params.id, { after: "order", releasing: false }, () =>
    convertDraftOrderWorkflow(req.scope).run({ input: { id: req.params.id } })
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", filters: { id: req.params.id }, fields: req.queryConfig?.fields ?? ["*", "items.*"] })
  res.status(200).json({ order: data[0] })
}
