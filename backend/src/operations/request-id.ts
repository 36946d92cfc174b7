import { randomUUID } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const SAFE = /^[A-Za-z0-9._:-]{1,128}$/

/**
 * Gives every request an id, the proxy's (`X-Request-Id`, nginx's
 * $request_id) or a new one, sent back in the response: Medusa's JSON access
 * log records it as `request_id`, so a customer's complaint, nginx's log and
 * ours can be matched.
 */
export function assignRequestId(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const given = req.get("x-request-id")
  const id = given && SAFE.test(given) ? given : randomUUID()
  ;(req as MedusaRequest & { requestId?: string }).requestId = id
  res.setHeader("x-request-id", id)
  next()
}
