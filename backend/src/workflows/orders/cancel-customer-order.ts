import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_BUSY } from "@/orders/order-busy"
import { acquireTicketLockStep } from "../kitchen/steps/acquire-ticket-lock"
import { releaseTicketLockStep } from "../kitchen/steps/release-ticket-lock"
import { transitionKitchenTicketWorkflow } from "../kitchen/transition-kitchen-ticket"
import { assertCustomerMayCancelStep } from "./steps/assert-customer-may-cancel"

export const cancelCustomerOrderWorkflowId = "cancel-customer-order"

/**
 * The customer cancels while the kitchen has not started: the ticket's
 * cancellation (Medusa cancels the order, nothing is charged, the
 * ingredients go back). The ticket is locked first, as for a kitchen move
 * (the move, run as a step, skips its own lock), so a pizzaiolo pressing
 * "start" either waits and then finds the order cancelled, or wins and the
 * customer gets 409 preparation_started; a lock held past the wait answers
 * 409 order_busy (@/orders/order-busy).
 */
export const cancelCustomerOrderWorkflow = createWorkflow(cancelCustomerOrderWorkflowId, (input: { ticket_id: string }) => {
  const lock = acquireTicketLockStep(transform({ input }, ({ input }) => ({ ticket_id: input.ticket_id, busy: ORDER_BUSY })))
  assertCustomerMayCancelStep({ ticket_id: input.ticket_id })
  const moved = transitionKitchenTicketWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ ticket_id: input.ticket_id, to: "cancelled" as const, actor: null, note: "cancelled by the customer" })),
  })
  releaseTicketLockStep(lock)
  return new WorkflowResponse(moved)
})
