/**
 * How long a run that edits an order holds the order's lock (Medusa's key:
 * the order id), in seconds: the customer's change from before Medusa's
 * "begin" to after its payment, the manager's confirmation. A run still
 * going after this has lost its lock, so an order change older than this
 * whose order's lock is free belongs to no live run.
 */
export const ORDER_EDIT_LOCK_TTL_SECONDS = 60
