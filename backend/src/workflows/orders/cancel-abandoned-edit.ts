import { randomUUID } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelBeginOrderEditWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { orderEditLockTtlSeconds } from "@/orders/order-edit-lock"
import { assertOrderEditAbandonedStep } from "./steps/assert-order-edit-abandoned"

export const cancelAbandonedEditWorkflowId = "cancel-abandoned-order-edit"

/**
 * Cancels an order change a killed process left open (Medusa's "begin" done,
 * its "confirm" never reached): while it is open every later change of the
 * order is refused. The order's lock is taken without waiting: a live run
 * holds it from before "begin" to after the payment, so a busy lock means
 * the change is not abandoned and this run fails, changing nothing.
 */
export const cancelAbandonedEditWorkflow = createWorkflow(cancelAbandonedEditWorkflowId, (input: { order_id: string; order_change_id: string }) => {
  // no `key` property here: see modify-customer-order.ts (the lock steps would lock nothing)
  const orderLock = transform({ input }, ({ input }) => ({ order_id: input.order_id, owner_id: randomUUID() }))
  acquireLockStep({ key: orderLock.order_id, timeout: 0, ttl: orderEditLockTtlSeconds(), ownerId: orderLock.owner_id })
  assertOrderEditAbandonedStep({ order_id: input.order_id, order_change_id: input.order_change_id })
  cancelBeginOrderEditWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
  releaseLockStep({ key: orderLock.order_id, ownerId: orderLock.owner_id })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ order_id: input.order_id, order_change_id: input.order_change_id })))
})
