import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelAbandonedEditWorkflow } from "../workflows/orders/cancel-abandoned-edit"
import { isCustomerChange } from "./customer-change-note"
import { orderEditLockTtlSeconds } from "./order-edit-lock"

/**
 * A customer's change is one workflow (modify-customer-order.ts): Medusa's
 * order edit begun, filled, checked, confirmed. A process killed in between
 * compensates nothing and leaves the order change open, and every later
 * change of that order is refused until it is cancelled. This cancels such a
 * change when it is:
 * - opened by the customer's change (its internal note): a manager's edit
 *   begun in the admin stays open as long as the manager works on it;
 * - older than the order lock's time-to-live, and its order's lock is free
 *   (taken without waiting, cancel-abandoned-edit.ts): no live run can
 *   still be filling or confirming it.
 * Returns the orders repaired; one still locked is left for the next run.
 */
export async function repairAbandonedOrderEdits(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const changes = await container
    .resolve(Modules.ORDER)
    .listOrderChanges(
      { status: ["pending", "requested"], created_at: { $lte: new Date(now.getTime() - orderEditLockTtlSeconds() * 1000).toISOString() } },
      { select: ["id", "order_id", "change_type", "internal_note"], take: null }
    )
  const abandoned = changes.filter((change) => change.change_type === "edit" && isCustomerChange(change))
  const repaired: string[] = []
  for (const change of abandoned) {
    const { errors } = await cancelAbandonedEditWorkflow(container).run({
      input: { order_id: change.order_id, order_change_id: change.id },
      throwOnError: false,
    })
    if (errors.length) {
      // a lock still held (a run alive past its time, or a dead process's lock not yet cleared): the next run tries again
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .info(`Order edits: the open change ${change.id} of order ${change.order_id} was left for the next run: ${errors.map((error) => error.error?.message).join("; ")}`)
      continue
    }
    repaired.push(change.order_id)
  }
  return repaired
}
