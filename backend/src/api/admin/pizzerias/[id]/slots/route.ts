import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BookedSlots } from "@oc-pizza/api-types"
import { readBookedSlotsView } from "@/slots/read-booked-slots-view"
import type { GetBookedSlotsType } from "../../validators"

/** GET /admin/pizzerias/:id/slots?date=YYYY-MM-DD: pizzas booked per quarter hour against the kitchen's capacity, and orders booked in slots the pizzeria no longer serves. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetBookedSlotsType>, res: MedusaResponse<BookedSlots>): Promise<void> {
  res.json(await readBookedSlotsView(req.scope, req.params.id, req.validatedQuery.date))
}
