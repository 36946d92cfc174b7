import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { resumeDishWorkflow } from "../../../../../../workflows/resume-dish"

/** DELETE: switch the dish on again at this location. */
export const DELETE = withCodedErrors(async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  await resumeDishWorkflow(req.scope).run({ input: { stock_location_id: req.params.id, product_id: req.params.product_id } })
  res.json({ product_id: req.params.product_id, stock_location_id: req.params.id, deleted: true })
})
