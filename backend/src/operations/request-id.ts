import { randomUUID } from "node:crypto"
import type { IncomingMessage, ServerResponse } from "node:http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const SAFE = /^[A-Za-z0-9._:-]{1,128}$/

const ID = Symbol("oc-pizza request id")

type Identified = IncomingMessage & { requestId?: string; [ID]?: string }

/**
 * Gives a request its id, once: the proxy's (`X-Request-Id`, nginx's
 * $request_id) when it is a plain token, or a new one, sent back in the
 * response. Medusa's JSON access log records `req.requestId`, which Medusa
 * itself copies from the `X-Request-Id` header, unchecked, before any other
 * middleware (@medusajs/medusa's loaders): the header is rewritten to the
 * id given here, so that Medusa, its log, the answer and nginx's log all
 * name the same one.
 */
export function identifyRequest(req: IncomingMessage, res: ServerResponse): string {
  const identified = req as Identified
  if (!identified[ID]) {
    const given = req.headers["x-request-id"]
    identified[ID] = typeof given === "string" && SAFE.test(given) ? given : randomUUID()
  }
  const id = identified[ID]
  req.headers["x-request-id"] = id
  identified.requestId = id
  if (!res.headersSent) res.setHeader("x-request-id", id)
  return id
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
