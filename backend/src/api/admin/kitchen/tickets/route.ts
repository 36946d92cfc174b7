import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readTickets, type KitchenBoardTicket } from "../../../../kitchen/read-tickets"
import type { GetKitchenTicketsType } from "./validators"

/** GET /admin/kitchen/tickets?pizzeria_id=&status=: a pizzeria's tickets, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetKitchenTicketsType>, res: MedusaResponse<{ tickets: KitchenBoardTicket[] }>): Promise<void> {
  const { pizzeria_id, status } = req.validatedQuery
  res.json({ tickets: await readTickets(req.scope, { stock_location_id: pizzeria_id, ...(status ? { status } : {}) }) })
}
