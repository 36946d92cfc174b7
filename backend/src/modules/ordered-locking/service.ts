// the package's main entry exports only its module provider; the class is at this path in 2.21.2 (pinned)
// eslint-disable-next-line @medusajs/import-from-framework-not-internal
import { PostgresAdvisoryLockProvider } from "@medusajs/locking-postgres/dist/services/advisory-lock"

/**
 * Medusa's PostgreSQL locking provider, taking a call's advisory locks in one
 * order for every caller. The original takes them in the order it is given,
 * and Medusa's inventory steps give an order's items as they come (its lines,
 * each line's ingredients), which differs from one call to the next: in the
 * Friday-rush bench a checkout in one pizzeria and a kitchen's "ready" in
 * another, sharing ingredients, each held one and waited for the other
 * (PostgreSQL then killed one as a deadlock victim), and while they waited
 * each held a pooled connection that other requests needed.
 *
 * Sorted, every caller takes the locks two calls share in the same order. The
 * provider sends its lock statements on the transaction's one connection in
 * the order of the keys, and that connection runs them in the order sent.
 */
export class OrderedAdvisoryLockProvider extends PostgresAdvisoryLockProvider {
  static identifier = "locking-postgres-ordered"

  async execute<T>(keys: string | string[], job: (signal?: AbortSignal) => Promise<T>, args?: { timeout?: number }): Promise<T> {
    const ordered = [...new Set(Array.isArray(keys) ? keys : [keys])].sort()
    return super.execute(ordered, job, args)
  }
}
