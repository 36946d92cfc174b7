import { MedusaError } from "@medusajs/framework/utils"
import { medusaErrorTypeFor, type CodedError, type LocalizedText } from "@oc-pizza/api-types"

export type StockErrorCode =
  "insufficient_stock" | "invalid_movement" | "unknown_ingredient" | "no_stock_location" | "stock_busy" | "unknown_inventory_item" | "unknown_product" | "dish_unavailable"

/**
 * An expected stock outcome the client can act on: a MedusaError whose type
 * follows its status, so any Medusa store's error handler renders it, carrying
 * our `code`, the status and details (`CodedError`, which OC Pizza's handler
 * renders as `{ type, code, message, details }` with that status).
 */
export class StockError extends MedusaError implements CodedError {
  readonly domain = true
  /** The message in French and English when the customer may read it: the answer picks the request's language. */
  readonly texts?: LocalizedText

  constructor(
    readonly status: number,
    readonly code: StockErrorCode,
    message: string | LocalizedText,
    readonly details?: Record<string, unknown>
  ) {
    super(medusaErrorTypeFor(status), typeof message === "string" ? message : message.en, code)
    if (typeof message !== "string") this.texts = message
    this.name = "StockError"
  }
}
