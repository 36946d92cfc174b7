import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PizzeriaSlots } from "@oc-pizza/api-types"
import { DomainError } from "@/errors/domain-error"
import { salesChannelIdsOf } from "@/pizzerias/sales-channels-of"
import { readPizzeriaSlots } from "@/slots/read-pizzeria-slots"
import type { GetPizzeriaSlotsType } from "@/api/store/pizzerias/validators"

/** GET /admin/pizzerias/:id/bookable-slots?fulfilment=&pizzas=: the slots the counter may book for a caller, as the shop offers them. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetPizzeriaSlotsType>, res: MedusaResponse<PizzeriaSlots>): Promise<void> {
  const { fulfilment, pizzas } = req.validatedQuery
  const slots = await readPizzeriaSlots(req.scope, req.params.id, await salesChannelIdsOf(req.scope, [req.params.id]), fulfilment, pizzas)
  if (!slots) throw new DomainError(404, "pizzeria_not_found", `Pizzeria ${req.params.id} does not exist.`)
  res.json(slots)
}
