import { MedusaError } from "@medusajs/framework/utils"
import { medusaErrorTypeFor, type CodedError } from "@oc-pizza/api-types"

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

  constructor(
    readonly status: number,
    readonly code: StockErrorCode,
    message: string,
    readonly details?: Record<string, unknown>
  ) {
    super(medusaErrorTypeFor(status), message, code)
    this.name = "StockError"
  }
}
