import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { convertDraftOrderWithStockWorkflow } from "@/workflows/orders/convert-draft-order"

/**
 * POST /admin/draft-orders/:id/convert-to-order, taken over from Medusa
 * (whose conversion checks each line on its own, outside any lock): a
 * counter or phone order reserves its ingredients like a web checkout
 * (`convertDraftOrderWithStockWorkflow`).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  await convertDraftOrderWithStockWorkflow(req.scope).run({ input: { id: req.params.id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", filters: { id: req.params.id }, fields: req.queryConfig?.fields ?? ["*", "items.*"] })
  res.status(200).json({ order: data[0] })
}
