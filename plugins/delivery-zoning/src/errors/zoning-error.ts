import { MedusaError } from "@medusajs/framework/utils"
import { medusaErrorTypeFor, type CodedError, type LocalizedText } from "@oc-pizza/api-types"

export type ZoningErrorCode =
  "outside_delivery_area" | "address_not_found" | "address_ambiguous" | "pizzeria_closed" | "below_min_order" | "delivery_fee_changed" | "invalid_zone" | "no_stock_location"

/**
 * An expected delivery outcome the customer or staff can act on: a
 * MedusaError whose type follows its status, so any Medusa store's error
 * handler renders it, carrying our `code`, the status and details
 * (`CodedError`, which OC Pizza's handler renders as
 * `{ type, code, message, details }` with that status).
 */
export class ZoningError extends MedusaError implements CodedError {
  readonly domain = true
  /** The message in French and English when the customer may read it: the answer picks the request's language. */
  readonly texts?: LocalizedText

  constructor(
    readonly status: number,
    readonly code: ZoningErrorCode,
    message: string | LocalizedText,
    readonly details?: Record<string, unknown>
  ) {
    super(medusaErrorTypeFor(status), typeof message === "string" ? message : message.en, code)
    if (typeof message !== "string") this.texts = message
    this.name = "ZoningError"
  }
}
