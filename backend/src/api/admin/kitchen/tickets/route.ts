import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { KitchenTicketWithRecipes } from "@oc-pizza/api-types"
import { readTickets } from "@/kitchen/read-tickets"
import { withRecipes } from "@/kitchen/recipes-for-tickets"
import type { GetKitchenTicketsType } from "./validators"

/** GET /admin/kitchen/tickets?pizzeria_id=&status=&fire_before=: a pizzeria's tickets, oldest first, each line with its recipe for its size. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetKitchenTicketsType>, res: MedusaResponse<{ tickets: KitchenTicketWithRecipes[] }>): Promise<void> {
  const { pizzeria_id, status, fire_before } = req.validatedQuery
  const filters = { stock_location_id: pizzeria_id, ...(status ? { status } : {}), ...(fire_before ? { fire_at: { $lte: new Date(fire_before) } } : {}) }
  res.json({ tickets: await withRecipes(req.scope, await readTickets(req.scope, filters)) })
}
