import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError } from "../errors/domain-error"

const WHOLE_NUMBER = /^\d{1,15}$/

/**
 * `offset` and `limit`, on any route, are whole numbers from 0: Medusa's
 * lists passed `offset=-1` on to PostgreSQL, which refused it with a 500.
 */
export function refuseBadPagination(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  for (const name of ["offset", "limit"] as const) {
    const value = (req.query as Record<string, unknown> | undefined)?.[name]
    if (value === undefined) continue
    if (typeof value !== "string" || !WHOLE_NUMBER.test(value)) {
      throw new DomainError(400, "invalid_pagination", `"${name}" must be a whole number from 0 (it was ${JSON.stringify(value).slice(0, 40)}).`, { parameter: name })
    }
  }
  next()
}
