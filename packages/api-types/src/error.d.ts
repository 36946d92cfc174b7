/** Medusa's error types (`MedusaError.Types` values), which set the status Medusa's own error handler answers with. */
export type MedusaErrorType =
  | "database_error"
  | "duplicate_error"
  | "invalid_argument"
  | "invalid_data"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "not_allowed"
  | "unexpected_state"
  | "conflict"
  | "unknown_modules"
  | "payment_authorization_error"
  | "payment_requires_more_error"

/**
 * An error answer's body. `code` is what a client acts on (ours, such as
 * `outside_delivery_area`, or Medusa's); `message` is a sentence a person can
 * read; `type` is Medusa's error type when the error had one.
 */
export type ApiErrorBody = {
  type?: string
  code?: string
  message: string
  details?: Record<string, unknown>
}

/**
 * The shape of every error the application and its plugins throw on purpose:
 * a `MedusaError` (so any Medusa store's error handler renders it) that
 * carries our `code`, the HTTP status it deserves, and details the client can
 * use. `domain: true` lets a handler recognise one that lost its class
 * crossing a workflow.
 */
export interface CodedError {
  readonly domain: true
  readonly type: string
  readonly status: number
  readonly code: string
  readonly message: string
  readonly details?: Record<string, unknown>
  /** The message in each language the answer may be written in; `message` is the English one. */
  readonly texts?: LocalizedText
}

/** The languages refusals are written in: French first, English second. */
export type Language = "fr" | "en"

/** One sentence, in French and in English. */
export type LocalizedText = Readonly<Record<Language, string>>
