/**
 * Invalid recipe input, naming the field: rendered by the host application's
 * error handler as `{ code, message, details }` (the `domain: true` shape).
 */
export class RecipeError extends Error {
  readonly domain = true
  readonly status = 400
  readonly code = "invalid_recipe"

  constructor(
    readonly field: string,
    message: string
  ) {
    super(`${field}: ${message}`)
    this.name = "RecipeError"
  }

  get details(): Record<string, unknown> {
    return { field: this.field }
  }
}
