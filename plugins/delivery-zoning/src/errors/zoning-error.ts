/**
 * An expected delivery outcome the customer or staff can act on. Rendered by
 * the host application's error handler as `{ code, message, details }` with
 * `status`; the shape (`domain: true`) is the convention OC Pizza's handler
 * reads, and a plain Medusa application still gets a readable error.
 */
export type ZoningErrorCode =
  | "outside_delivery_area"
  | "address_not_found"
  | "pizzeria_closed"
  | "below_min_order"
  | "delivery_fee_changed"
  | "invalid_zone"
  | "no_stock_location"

export class ZoningError extends Error {
  readonly domain = true

  constructor(
    readonly status: number,
    readonly code: ZoningErrorCode,
    message: string,
    readonly details?: Record<string, unknown>
  ) {
    super(message)
    this.name = "ZoningError"
  }
}
