"use strict"
// The status → Medusa error type mapping (its contract: medusa-error-type.d.ts).
Object.defineProperty(exports, "__esModule", { value: true })
exports.medusaErrorTypeFor = medusaErrorTypeFor

/** @type {Record<number, import("./error").MedusaErrorType>} */
const BY_STATUS = {
  400: "invalid_data",
  401: "unauthorized",
  402: "payment_authorization_error",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
}

/**
 * @param {number} status
 * @returns {import("./error").MedusaErrorType}
 */
function medusaErrorTypeFor(status) {
  return BY_STATUS[status] ?? "not_allowed"
}
