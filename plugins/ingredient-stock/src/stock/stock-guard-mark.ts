/**
 * What the stock guard tells Medusa's cart completion it runs: the cart's
 * location, whose whole-cart ingredients it has just checked under that
 * location's lock. An application's `completeCartWorkflow.hooks.validate`
 * reads it to skip a second check and a second lookup of the location; a
 * completion without it (one the guard did not run) checks for itself.
 * Set only by server code: it is never read from a request.
 */
export type StockGuardMark = { stock_location_id: string }

export type GuardedCompletionInput = { id: string; stock_guard: StockGuardMark }

export function guardedCompletionInput(cartId: string, stockLocationId: string): GuardedCompletionInput {
  return { id: cartId, stock_guard: { stock_location_id: stockLocationId } }
}

/** The guard's mark on a completion's input, if the guard runs it. */
export function stockGuardOf(input: unknown): StockGuardMark | undefined {
  const mark = (input as { stock_guard?: unknown } | null | undefined)?.stock_guard
  if (typeof mark !== "object" || mark === null) return undefined
  const locationId = (mark as { stock_location_id?: unknown }).stock_location_id
  return typeof locationId === "string" && locationId ? { stock_location_id: locationId } : undefined
}
