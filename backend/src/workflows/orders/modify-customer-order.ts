import { randomUUID } from "node:crypto"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginOrderEditOrderWorkflow,
  confirmOrderEditRequestWorkflow,
  emitEventStep,
  orderEditAddNewItemWorkflow,
  orderEditUpdateItemQuantityWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { acquireStockLockStep, releaseStockLockStep } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { TICKET_STATUS_CHANGED } from "../../kitchen/events"
import { acquireTicketLockStep } from "../kitchen/steps/acquire-ticket-lock"
import { recordTicketStatusStep } from "../kitchen/steps/record-ticket-status"
import { releaseTicketLockStep } from "../kitchen/steps/release-ticket-lock"
import { settlePaymentAfterEditWorkflow } from "./settle-payment-after-edit"
import { assertOrderEditServedStep } from "./steps/assert-order-edit-served"
import { checkAddedLinesStockStep } from "./steps/check-added-lines-stock"
import { checkOrderStockStep } from "./steps/check-order-stock"
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
 * change gets 409 preparation_started.
 *
 * The change is one Medusa order edit, composed here step by step so that a
 * failure anywhere undoes all of it (history line, edit, reservations,
 * payment session): begun and filled under the order's lock (Medusa's order
 * edit workflows skip their own lock when run as steps), checked against the
 * delivery zone's rules, then confirmed (which moves the reservations) under
 * the pizzeria's stock lock once the whole new order's ingredients are
 * checked, counting what the old lines give back. The payment follows at
 * once; the boards receive the change live.
 */
export const modifyCustomerOrderWorkflow = createWorkflow(modifyCustomerOrderWorkflowId, (input: ModifyCustomerOrderInput) => {
  // a pizzaiolo holding the ticket (pressing "start") longer than the change can wait for it
  const ticketLock = acquireTicketLockStep(
    transform({ input }, ({ input }) => ({
      ticket_id: input.ticket_id,
      busy: { code: "preparation_started", message: "The kitchen is starting this order: it can no longer be changed here. Call the pizzeria." },
    }))
  )
  const plan = planOrderModificationStep({ ticket_id: input.ticket_id, items: input.items })

  const orderLock = transform({ plan }, ({ plan }) => ({ key: plan.order_id, ownerId: randomUUID() }))

  // `when` blocks cannot be nested: each one below repeats "the order changes"
  const recorded = when("order-changes", { plan }, ({ plan }) => !plan.unchanged).then(() => {
    checkAddedLinesStockStep({ plan })
    // first the history line (dropped if the change is refused)
    const history = recordTicketStatusStep(
      transform({ input, plan }, ({ input, plan }) => ({
        ticket_id: input.ticket_id,
        from: "received" as const,
        to: "received" as const,
        actor: input.actor,
        note: `changed by the customer: ${plan.summary}`,
      }))
    )
    acquireLockStep({ key: orderLock.key, timeout: 5, ttl: 60, ownerId: orderLock.ownerId })
    beginOrderEditOrderWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        order_id: plan.order_id,
        description: `Changed by the customer: ${plan.summary}`,
        created_by: input.actor ?? undefined,
      })),
    })
    return history
  })
  when("order-lines-update", { plan }, ({ plan }) => !plan.unchanged && plan.updates.length > 0).then(() => {
    orderEditUpdateItemQuantityWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, items: plan.updates })) })
  })
  when("order-lines-add", { plan }, ({ plan }) => !plan.unchanged && plan.additions.length > 0).then(() => {
    orderEditAddNewItemWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, items: plan.additions })) })
  })
  const payment = when("order-change-confirm", { plan }, ({ plan }) => !plan.unchanged).then(() => {
    const where = transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, stock_location_id: plan.stock_location_id }))
    assertOrderEditServedStep(where)
    const stockLock = acquireStockLockStep({ stock_location_id: where.stock_location_id })
    checkOrderStockStep(transform({ where }, ({ where }) => ({ ...where, lines: "order_change" as const })))
    confirmOrderEditRequestWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({ order_id: plan.order_id, confirmed_by: input.actor ?? undefined })),
    })
    // held through the payment: should it fail, undoing the confirmation puts the old reservations back under the lock
    const settled = settlePaymentAfterEditWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ order_id: plan.order_id })) })
    releaseStockLockStep(stockLock)
    releaseLockStep({ key: orderLock.key, ownerId: orderLock.ownerId })
    emitEventStep(
      transform({ plan, recorded }, ({ plan, recorded }) => ({
        eventName: TICKET_STATUS_CHANGED,
        data: {
          ticket_id: recorded!.ticket_id,
          order_id: plan.order_id,
          stock_location_id: plan.stock_location_id,
          from: "received",
          status: "received",
          history_id: recorded!.history_id,
          at: recorded!.at,
          modified: true,
        },
      }))
    )
    return settled
  })
  releaseTicketLockStep(ticketLock)
  return new WorkflowResponse(transform({ plan, payment }, ({ plan, payment }) => ({ order_id: plan.order_id, changed: !plan.unchanged, payment: payment ?? null })))
})
