import { randomUUID } from "node:crypto"
import type { IncomingMessage, ServerResponse } from "node:http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const SAFE = /^[A-Za-z0-9._:-]{1,128}$/

type Identified = IncomingMessage & { requestId?: string }

/**
 * Gives a request its id, once: the proxy's (`X-Request-Id`, nginx's
 * $request_id) when it is a plain token, or a new one, sent back in the
 * response. Medusa's JSON access log records it as `request_id`, so a
 * customer's complaint, nginx's log and ours can be matched. A request that
 * already has one keeps it.
 */
export function identifyRequest(req: IncomingMessage, res: ServerResponse): string {
  const identified = req as Identified
  if (!identified.requestId) {
    const given = req.headers["x-request-id"]
    identified.requestId = typeof given === "string" && SAFE.test(given) ? given : randomUUID()
  }
  if (!res.headersSent) res.setHeader("x-request-id", identified.requestId)
  return identified.requestId
}

/**
 * The same, as the API's first middleware: under `medusa start` and `medusa
 * develop` the server gave the id before Express ran
 * (operations/identify-every-request.ts); Medusa's test runner has no such
 * hook, and this gives it there.
 */
export function assignRequestId(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  identifyRequest(req, res)
  next()
}
