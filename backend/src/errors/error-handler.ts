import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { codedErrorBody, codedErrorIn, type ApiErrorBody } from "@oc-pizza/api-types"
import { answerLanguage } from "./answer-language"
import { applySecurityHeaders } from "../security/security-headers"
import { databaseInputError } from "./database-input-error"
import type { DomainErrorShape } from "./domain-error"

const medusaErrorHandler = errorHandler()

/**
 * The application's one error handler, adding to Medusa's: our coded errors
 * (MedusaErrors with our `code`, from the application or a plugin) keep their
 * own status, code and message, in the request's language when the error
 * has it in several (./answer-language.ts) (Medusa's would turn a 409 into a generic
 * `invalid_state_error`, a 422 into a 400) and gain their details; a value
 * PostgreSQL cannot take is the request's fault (400 `invalid_input`, not a
 * 500); every other error is Medusa's business. Answers refused before the route middlewares ran (sign-in
 * required, a body that is not JSON) get the security headers here.
 */
export function ocPizzaErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void | Promise<void> {
  applySecurityHeaders((req.originalUrl ?? req.path ?? "/").split("?")[0], res)
  const domainError = codedErrorIn(error)
  // what fails while answering (a stream that already sent its headers) goes on to Express, not into the void
  if (domainError) return answerCodedError(domainError, req, res).catch(next)
  const badValue = databaseInputError(error)
  if (badValue) {
    req.scope?.resolve(ContainerRegistrationKeys.LOGGER).warn(`${req.method} ${req.path}: refused, PostgreSQL could not take a value (${(error as Error)?.message}).`)
    const body: ApiErrorBody = { type: badValue.type, code: badValue.code, message: badValue.message }
    res.status(badValue.status).json(body)
    return
  }
  medusaErrorHandler(error, req, res, next)
}

async function answerCodedError(error: DomainErrorShape, req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const body = codedErrorBody(error, await answerLanguage(req))
  // the code also travels as the reason phrase: the js-sdk's FetchError keeps only the message and the
  // status text, and the staff pages translate by code (HTTP/2 has no reason phrase: they show the message)
  if (/^[a-z0-9_]+$/.test(error.code)) res.statusMessage = error.code
  res.status(error.status).json(body)
}
