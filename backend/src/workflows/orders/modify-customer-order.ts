import { randomUUID } from "node:crypto"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { TICKET_STATUS_CHANGED } from "../../kitchen/events"
import { recordTicketStatusStep } from "../kitchen/steps/record-ticket-status"
import { applyOrderEditStep } from "./steps/apply-order-edit"
import { planOrderModificationStep, type WantedLine } from "./steps/plan-order-modification"

export const modifyCustomerOrderWorkflowId = "modify-customer-order"

export type ModifyCustomerOrderInput = {
  ticket_id: string
  /** The order's pizzas and drinks after the change (a line left out is removed). */
  items: WantedLine[]
  actor: string | null
}

/**
 * The customer changes their order while the kitchen has not started it.
 * The ticket is locked as for a kitchen move, so a pizzaiolo pressing
 * "start" waits for the change (and then sees the new order) or wins and the
 * change gets 409 preparation_started. The history records the change and
 * the boards receive it live.
 */
export const modifyCustomerOrderWorkflow = createWorkflow(modifyCustomerOrderWorkflowId, (input: ModifyCustomerOrderInput) => {
  const lockKey = transform({ input }, ({ input }) => `kitchen-ticket:${input.ticket_id}`)
  const lockOwner = transform({ input }, () => randomUUID())
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 60, ownerId: lockOwner })
  const plan = planOrderModificationStep({ ticket_id: input.ticket_id, items: input.items })

  const applied = when({ plan }, ({ plan }) => !plan.unchanged).then(() => {
    // first the history line (undone if the change is refused), then the change, which cannot be undone
    const recorded = recordTicketStatusStep(
      transform({ input, plan }, ({ input, plan }) => ({
        ticket_id: input.ticket_id,
        from: "received" as const,
        to: "received" as const,
        actor: input.actor,
        note: `changed by the customer: ${plan.summary}`,
      }))
    )
    const edit = applyOrderEditStep({ plan, actor: input.actor })
    emitEventStep(
      transform({ input, plan, recorded }, ({ input, plan, recorded }) => ({
        eventName: TICKET_STATUS_CHANGED,
        data: {
          ticket_id: input.ticket_id,
          order_id: plan.order_id,
          stock_location_id: plan.stock_location_id,
          from: "received",
          status: "received",
          history_id: recorded.history_id,
          at: recorded.at,
          modified: true,
        },
      }))
    )
    return edit
  })
  releaseLockStep({ key: lockKey, ownerId: lockOwner })
  return new WorkflowResponse(transform({ plan, applied }, ({ plan, applied }) => ({ order_id: plan.order_id, changed: !plan.unchanged, payment: applied?.payment ?? null })))
})
