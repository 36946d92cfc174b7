import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applySecurityHeaders } from "./security-headers"

/**
 * Every API route's answer carries the security headers (registered on "/*"
 * in src/api/middlewares.ts). Answers refused before the route middlewares
 * run (authentication, body parsing) get them from the error handler, and
 * what Medusa serves outside its API (/app, /static) from
 * send-security-headers-everywhere.ts.
 */
export function sendSecurityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  applySecurityHeaders(req.originalUrl.split("?")[0], res)
  next()
}
