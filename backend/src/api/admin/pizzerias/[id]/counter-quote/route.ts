import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteCounterOrder, readCounterQuoteRequest, type CounterQuote } from "@/counter/counter-quote"

/**
 * GET /admin/pizzerias/:id/counter-quote?fulfilment=pickup|delivery[&address_1=&postal_code=&city=]:
 * the pickup or delivery time a clerk quotes to the caller, from the kitchen's queue now.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ quote: CounterQuote }>): Promise<void> {
  const request = readCounterQuoteRequest(req.query)
  res.json({ quote: await quoteCounterOrder(req.scope, req.params.id, request) })
}
