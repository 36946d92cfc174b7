/**
 * An expected business outcome the client can act on ("outside the delivery
 * area", "preparation started"): rendered as `{ code, message }` with its own
 * status. The shape is structural (`domain: true`, `status`, `code`) so that
 * errors thrown by the plugins, and errors that crossed a workflow boundary,
 * are recognised without sharing a class.
 */
export class DomainError extends Error {
  readonly domain = true

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>
  ) {
    super(message)
    this.name = "DomainError"
  }
}

export type DomainErrorShape = {
  domain: true
  status: number
  code: string
  message: string
  details?: Record<string, unknown>
}

export function isDomainError(error: unknown): error is DomainErrorShape {
  if (typeof error !== "object" || error === null) return false
  const candidate = error as Partial<DomainErrorShape>
  return (
    candidate.domain === true &&
    typeof candidate.status === "number" &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    typeof candidate.code === "string" &&
    typeof candidate.message === "string"
  )
}
