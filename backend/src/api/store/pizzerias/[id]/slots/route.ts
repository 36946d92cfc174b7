import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { PizzeriaSlots } from "@oc-pizza/api-types"
import { DomainError } from "@/errors/domain-error"
import { readPizzeriaSlots } from "@/slots/read-pizzeria-slots"
import type { GetPizzeriaSlotsType } from "../../validators"

/**
 * GET /store/pizzerias/:id/slots?fulfilment=delivery|pickup&pizzas=: the
 * quarter hours a customer may book at this pizzeria, today and the next six
 * days, only those with room; 404 for a pizzeria the publishable key does not cover.
 */
export async function GET(req: MedusaStoreRequest<unknown, GetPizzeriaSlotsType>, res: MedusaResponse<PizzeriaSlots>): Promise<void> {
  const { fulfilment, pizzas } = req.validatedQuery
  const slots = await readPizzeriaSlots(req.scope, req.params.id, req.publishable_key_context.sales_channel_ids, fulfilment, pizzas)
  if (!slots) throw new DomainError(404, "pizzeria_not_found", { fr: "Cette pizzeria n'existe pas.", en: "This pizzeria does not exist." }, { pizzeria_id: req.params.id })
  res.json(slots)
}
