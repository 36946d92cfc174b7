import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { offeredPaymentMethods } from "@/payments/payment-providers"

/**
 * GET /store/payment-providers?region_id=, taken over from Medusa (whose
 * route lists every provider ever linked to the region, including one
 * removed from the configuration): the providers this server can use.
 * Every OC Pizza region offers the same ones.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  if (!req.filterableFields?.region_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "You must provide the region_id to list payment providers")
  }
  const methods = offeredPaymentMethods(req.scope)
  res.json({
    payment_providers: methods.map((method) => ({ id: method.id, is_enabled: true, kind: method.kind })),
    count: methods.length,
    offset: 0,
    limit: methods.length,
  })
}
