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
import { TICKET_STATUS_CHANGED } from "@/kitchen/events"
import { CUSTOMER_CHANGE_NOTE } from "@/orders/customer-change-note"
import { ORDER_BUSY } from "@/orders/order-busy"
import { orderEditLockTtlSeconds } from "@/orders/order-edit-lock"
import { acquireTicketLockStep } from "../kitchen/steps/acquire-ticket-lock"
import { recordTicketStatusStep } from "../kitchen/steps/record-ticket-status"
import { releaseTicketLockStep } from "../kitchen/steps/release-ticket-lock"
import { settlePaymentAfterEditWorkflow } from "./settle-payment-after-edit"
import { assertOrderEditServedStep } from "./steps/assert-order-edit-served"
import { checkOrderStockStep } from "./steps/check-order-stock"
import { planOrderModificationStep, type WantedLine } from "./steps/plan-order-modification"
import { rebookTicketPizzasStep } from "./steps/rebook-ticket-pizzas"
import { rematchCustomisedLinesStep } from "./steps/rematch-customised-lines"

export const modifyCustomerOrderWorkflowId = "modify-customer-order"

export type ModifyCustomerOrderInput = {
  ticket_id: string
  /** The order's pizzas and drinks after the change, each with its customisation (a line left out is removed). */
  items: WantedLine[]
  actor: string | null
}

/**
 * The customer changes their order while the kitchen has not started it.
 * The ticket is locked as for a kitchen move, so a pizzaiolo pressing
 * "start" waits for the change (and then sees the new order) or wins and the
 * change gets 409 preparation_started; a lock held past the wait answers
 * 409 order_busy (@/orders/order-busy).
 *
 * The change is one Medusa order edit, composed here step by step so that a
 * failure anywhere undoes all of it (edit, reservations, payment session,
 * history line): begun and filled under the order's lock (Medusa's order
 * edit workflows skip their own lock when run as steps), checked against the
 * delivery zone's rules, then confirmed (which moves the reservations) under
 * the pizzeria's stock lock once the whole new order's ingredients are
 * checked, counting what the old lines give back. The payment follows at
 * once, then the history line; the boards receive the change live.
 *
 * A process killed between "begin" and "confirm" undoes nothing: the change
 * it opened (marked by its internal note) is cancelled by the repair job
 * (backend/src/orders/repair-abandoned-order-edits.ts) once the order's lock
 * has expired, and no history line was written for it.
 */
export const modifyCustomerOrderWorkflow = createWorkflow(modifyCustomerOrderWorkflowId, (input: ModifyCustomerOrderInput) => {
  // a kitchen move holds it for less than the wait; stuck longer (a dead server's lock) is "try again"
  const ticketLock = acquireTicketLockStep(transform({ input }, ({ input }) => ({ ticket_id: input.ticket_id, busy: ORDER_BUSY })))
  const plan = planOrderModificationStep({ ticket_id: input.ticket_id, items: input.items })

  // no property named `key` in a transform's output: Medusa 2.21.2's workflows-sdk (resolve-value.js) then
  // resolves every property of it to nothing in a step's input, and the lock steps silently lock nothing
  const orderLock = transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, owner_id: randomUUID() }))

  // `when` blocks cannot be nested: each one below repeats "the order changes"
  when("order-changes", { plan }, ({ plan }) => !plan.unchanged).then(() => {
    acquireLockStep({ key: orderLock.order_id, timeout: 5, ttl: orderEditLockTtlSeconds(), ownerId: orderLock.owner_id })
    beginOrderEditOrderWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        order_id: plan.order_id,
        description: `Changed by the customer: ${plan.summary}`,
        internal_note: CUSTOMER_CHANGE_NOTE,
        created_by: input.actor ?? undefined,
      })),
    })
  })
  when("order-lines-update", { plan }, ({ plan }) => !plan.unchanged && plan.updates.length > 0).then(() => {
    orderEditUpdateItemQuantityWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, items: plan.updates })) })
  })
  when("order-lines-add", { plan }, ({ plan }) => !plan.unchanged && plan.additions.length > 0).then(() => {
    // Medusa checks each added line alone against what is left now, before the lines it replaces give their
    // reservations back (a swap at the last units would be refused): the whole new order is checked below,
    // under the stock lock, counting what the old lines give back, and Medusa's confirmation then reserves
    // after releasing (each reservation still checked against the level)
    orderEditAddNewItemWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, items: plan.additions.map((line) => ({ ...line, allow_backorder: true })) })),
    })
  })
  const payment = when("order-change-confirm", { plan }, ({ plan }) => !plan.unchanged).then(() => {
    const where = transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, stock_location_id: plan.stock_location_id }))
    assertOrderEditServedStep(where)
    // a booked slot must have room for the pizzas added
    rebookTicketPizzasStep(transform({ input, plan }, ({ input, plan }) => ({ ticket_id: input.ticket_id, order_id: plan.order_id })))
    const stockLock = acquireStockLockStep({ stock_location_id: where.stock_location_id })
    checkOrderStockStep(transform({ where }, ({ where }) => ({ ...where, lines: "order_change" as const })))
    confirmOrderEditRequestWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({ order_id: plan.order_id, confirmed_by: input.actor ?? undefined })),
    })
    rematchCustomisedLinesStep(transform({ where, plan }, ({ where, plan }) => ({ ...where, line_ids: plan.rematched_line_ids })))
    // held through the payment: should it fail, undoing the confirmation puts the old reservations back under the lock
    const settled = settlePaymentAfterEditWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ order_id: plan.order_id })) })
    // written once the change stands, so that a killed process leaves no line for a change that never was
    const recorded = recordTicketStatusStep(
      transform({ input, plan }, ({ input, plan }) => ({
        ticket_id: input.ticket_id,
        from: plan.status,
        to: plan.status,
        actor: input.actor,
        note: `changed by the customer: ${plan.summary}`,
      }))
    )
    releaseStockLockStep(stockLock)
    releaseLockStep({ key: orderLock.order_id, ownerId: orderLock.owner_id })
    emitEventStep(
      transform({ plan, recorded }, ({ plan, recorded }) => ({
        eventName: TICKET_STATUS_CHANGED,
        data: {
          ticket_id: recorded.ticket_id,
          order_id: plan.order_id,
          stock_location_id: plan.stock_location_id,
          from: plan.status,
          status: plan.status,
          history_id: recorded.history_id,
          at: recorded.at,
          modified: true,
        },
      }))
    )
    return settled
  })
  releaseTicketLockStep(ticketLock)
  return new WorkflowResponse(transform({ plan, payment }, ({ plan, payment }) => ({ order_id: plan.order_id, changed: !plan.unchanged, payment: payment ?? null })))
})
