import type { MedusaErrorType } from "./error"

/**
 * The Medusa error type for an HTTP status, chosen so that Medusa's own error
 * handler answers with the same status where it can and keeps our code and
 * message: 400 invalid_data, 401 unauthorized, 403 forbidden, 404 not_found,
 * 409 conflict; 402 payment_authorization_error (Medusa answers 422); any
 * other 4xx not_allowed (Medusa answers 400).
 */
export declare function medusaErrorTypeFor(status: number): MedusaErrorType
