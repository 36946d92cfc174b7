import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { KitchenTicketWithRecipes } from "@oc-pizza/api-types"
import { readTickets } from "@/kitchen/read-tickets"
import { withRecipes } from "@/kitchen/recipes-for-tickets"
import type { GetKitchenTicketsType } from "./validators"

/** GET /admin/kitchen/tickets?pizzeria_id=&status=: a pizzeria's tickets, oldest first, each line with its recipe for its size. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetKitchenTicketsType>, res: MedusaResponse<{ tickets: KitchenTicketWithRecipes[] }>): Promise<void> {
  const { pizzeria_id, status } = req.validatedQuery
  res.json({ tickets: await withRecipes(req.scope, await readTickets(req.scope, { stock_location_id: pizzeria_id, ...(status ? { status } : {}) })) })
}
