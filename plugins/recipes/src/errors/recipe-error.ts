import { MedusaError } from "@medusajs/framework/utils"
import type { CodedError } from "@oc-pizza/api-types"

/**
 * Invalid recipe input, naming the field: a MedusaError (`invalid_data`, 400)
 * carrying our `code` and the field in its details (`CodedError`, which OC
 * Pizza's handler renders as `{ type, code, message, details }`).
 */
export class RecipeError extends MedusaError implements CodedError {
  readonly domain = true
  readonly status = 400
  readonly code = "invalid_recipe"
  readonly details: { field: string }

  constructor(
    readonly field: string,
    message: string
  ) {
    super(MedusaError.Types.INVALID_DATA, `${field}: ${message}`, "invalid_recipe")
    this.name = "RecipeError"
    this.details = { field }
  }
}
