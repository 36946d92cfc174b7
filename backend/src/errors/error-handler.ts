import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { isDomainError } from "./domain-error"

const medusaErrorHandler = errorHandler()

/**
 * The application's one error handler: our domain errors keep their status,
 * code and message (Medusa's would turn a 409 into a generic
 * `invalid_state_error`); every other error is Medusa's business.
 */
export function ocPizzaErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const domainError = isDomainError(error) ? error : isDomainError(causeOf(error)) ? causeOf(error) : undefined
  if (isDomainError(domainError)) {
    res.status(domainError.status).json({
      code: domainError.code,
      message: domainError.message,
      ...(domainError.details ? { details: domainError.details } : {}),
    })
    return
  }
  medusaErrorHandler(error, req, res, next)
}

function causeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null && "cause" in error ? error.cause : undefined
}
