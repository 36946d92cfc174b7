/**
 * An expected stock outcome the client can act on. Rendered by the host
 * application's error handler as `{ code, message, details }` with `status`;
 * the shape (`domain: true`) is the convention OC Pizza's handler reads, and a
 * plain Medusa application still gets a readable error.
 */
export class StockError extends Error {
  readonly domain = true

  constructor(
    readonly status: number,
    readonly code: "insufficient_stock" | "invalid_movement" | "unknown_ingredient" | "no_stock_location" | "stock_busy",
    message: string,
    readonly details?: Record<string, unknown>
  ) {
    super(message)
    this.name = "StockError"
  }
}
