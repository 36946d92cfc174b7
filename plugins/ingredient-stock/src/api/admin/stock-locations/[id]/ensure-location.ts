import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** 404 for a stock location that does not exist, before any of its stock routes runs. */
export async function ensureStockLocation(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${req.params.id} was not found`))
  next()
}
