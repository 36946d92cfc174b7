"use strict"
// Rendering our coded errors (contract and reasons: coded-error.d.ts).
Object.defineProperty(exports, "__esModule", { value: true })
exports.isCodedError = isCodedError
exports.codedErrorIn = codedErrorIn
exports.codedErrorBody = codedErrorBody
exports.withCodedErrors = withCodedErrors
exports.codedErrorHandler = codedErrorHandler

const { medusaErrorTypeFor } = require("./medusa-error-type")
const { requestLanguage } = require("./language")

/**
 * @param {unknown} error
 * @returns {error is import("./coded-error").CodedErrorShape}
 */
function isCodedError(error) {
  if (typeof error !== "object" || error === null) return false
  const candidate = /** @type {Record<string, unknown>} */ (error)
  return (
    candidate.domain === true &&
    typeof candidate.status === "number" &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    typeof candidate.code === "string" &&
    typeof candidate.message === "string"
  )
}

/**
 * @param {unknown} error
 * @returns {import("./coded-error").CodedErrorShape | undefined}
 */
function codedErrorIn(error) {
  if (isCodedError(error)) return error
  const cause = typeof error === "object" && error !== null && "cause" in error ? error.cause : undefined
  return isCodedError(cause) ? cause : undefined
}

/**
 * @param {import("./coded-error").CodedErrorShape} error
 * @param {import("./error").Language} [language]
 * @returns {import("./error").ApiErrorBody}
 */
function codedErrorBody(error, language) {
  const texts = typeof error.texts === "object" && error.texts !== null ? error.texts : undefined
  return {
    type: error.type ?? medusaErrorTypeFor(error.status),
    code: error.code,
    message: (language && typeof texts?.[language] === "string" ? texts[language] : undefined) ?? error.message,
    ...(error.details ? { details: error.details } : {}),
  }
}

/**
 * @param {import("./language").RequestWithLanguage} req
 * @param {import("./coded-error").HttpResponse} res
 * @param {import("./coded-error").CodedErrorShape} error
 */
function send(req, res, error) {
  // the code also travels as the reason phrase (a client that keeps only the status text still has it)
  if (/^[a-z0-9_]+$/.test(error.code)) res.statusMessage = error.code
  res.status(error.status).json(codedErrorBody(error, requestLanguage(req)))
}

/**
 * @template {unknown[]} A
 * @param {(req: any, res: import("./coded-error").HttpResponse, ...rest: A) => unknown} handler
 */
function withCodedErrors(handler) {
  /** @param {any} req @param {import("./coded-error").HttpResponse} res @param {A} rest */
  return async function respondingWithCodedErrors(req, res, ...rest) {
    try {
      await handler(req, res, ...rest)
    } catch (error) {
      const coded = codedErrorIn(error)
      if (!coded || res.headersSent) throw error
      send(req, res, coded)
    }
  }
}

/**
 * @param {(error: unknown, req: any, res: any, next: any) => unknown} fallback
 */
function codedErrorHandler(fallback) {
  /** @param {unknown} error @param {any} req @param {import("./coded-error").HttpResponse} res @param {any} next */
  return function handleCodedErrors(error, req, res, next) {
    const coded = codedErrorIn(error)
    if (!coded || res.headersSent) return fallback(error, req, res, next)
    send(req, res, coded)
  }
}
