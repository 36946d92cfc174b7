/**
 * How long a run that edits an order holds the order's lock (Medusa's key:
 * the order id), in seconds: the customer's change from before Medusa's
 * "begin" to after its payment, the manager's confirmation. A run still
 * going after this has lost its lock, so an order change older than this
 * whose order's lock is free belongs to no live run. A kitchen ticket's lock
 * (taken by the same runs and by every kitchen move) lives as long. 60 by
 * default; `OCP_ORDER_LOCK_EXPIRE_SECONDS` (checked at start by
 * config/settings.ts) shortens how long a process killed while changing an
 * order, or moving its ticket, blocks it.
 */
export function orderEditLockTtlSeconds(): number {
  const set = Number(process.env.OCP_ORDER_LOCK_EXPIRE_SECONDS)
  return Number.isInteger(set) && set > 0 ? set : 60
}
