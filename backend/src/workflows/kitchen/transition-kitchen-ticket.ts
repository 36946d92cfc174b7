import { randomUUID } from "node:crypto"
import { PaymentEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  emitEventStep,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  deleteReservationsByLineItemsStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { acquireStockLockStep, recordStockMovementsWorkflow, releaseStockLockStep } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { TICKET_STATUS_CHANGED } from "../../kitchen/events"
import { orderEditLockTtlSeconds } from "../../orders/order-edit-lock"
import type { TicketStatus } from "@oc-pizza/api-types"
import { captureCardPaymentStep } from "./steps/capture-card-payment"
import { findUnrefundedCaptureStep } from "./steps/find-unrefunded-capture"
import { flagPaymentFailureStep } from "./steps/flag-payment-failure"
import { loadTicketForTransitionStep } from "./steps/load-ticket-for-transition"
import { recordTicketStatusStep } from "./steps/record-ticket-status"
import { releaseExtrasStep } from "./steps/release-extras"

export const transitionKitchenTicketWorkflowId = "transition-kitchen-ticket"

export type TransitionKitchenTicketInput = {
  ticket_id: string
  to: TicketStatus
  actor: string | null
  note?: string | null
  /** For a pay-on-delivery order handed over: how the customer paid. */
  paid_with?: "cash" | "card_terminal" | null
  /** The fire job's instant: a scheduled ticket whose fire time moved past it since the job listed it is left waiting (409 not_due). */
  due_by?: string | null
}

/**
 * Moves a ticket one step along the lifecycle, doing Medusa's part in the
 * same workflow (all or nothing): ready creates the fulfillment (the
 * reserved ingredients leave the stock; the ledger records the sale),
 * out_for_delivery the shipment, delivered/collected marks it delivered,
 * cancelled cancels the order (reservations released, a late one's waste
 * recorded before the payment is voided or refunded). The ticket is locked
 * so that two screens pressing the same button move it once.
 */
export const transitionKitchenTicketWorkflow = createWorkflow(transitionKitchenTicketWorkflowId, (input: TransitionKitchenTicketInput) => {
  const lockKey = transform({ input }, ({ input }) => `kitchen-ticket:${input.ticket_id}`)
  // an owner of its own, so two runs racing for a fresh lock row cannot both believe they hold it
  const lockOwner = transform({ input }, () => randomUUID())
  acquireLockStep({ key: lockKey, timeout: 5, ttl: orderEditLockTtlSeconds(), ownerId: lockOwner })
  const ticket = loadTicketForTransitionStep({ ticket_id: input.ticket_id, to: input.to, paid_with: input.paid_with, note: input.note, due_by: input.due_by })
  // the fulfillment takes the ingredients out of the pizzeria's stock: under its stock lock, as checkouts
  // and order changes hold it, so Medusa's inventory adjustments at one pizzeria never run side by side
  // (two of them deadlocked in PostgreSQL under a rush). The ticket lock is taken first, as order changes do.
  when({ input }, ({ input }) => input.to === "ready").then(() => {
    const stockLock = acquireStockLockStep(transform({ ticket }, ({ ticket }) => ({ stock_location_id: ticket.stock_location_id })))
    const fulfillment = transform({ ticket, input }, ({ ticket, input }) => ({
      order_id: ticket.order_id,
      items: ticket.items,
      location_id: ticket.stock_location_id,
      created_by: input.actor ?? undefined,
    }))
    // (its hook takes the customised pizzas' extras too: workflows/hooks/customised-stock.ts)
    createOrderFulfillmentWorkflow.runAsStep({ input: fulfillment })
    releaseStockLockStep(stockLock)
  })
  // a second attempt after a failed delivery leaves on the shipment already made
  when({ input, ticket }, ({ input, ticket }) => input.to === "out_for_delivery" && ticket.status !== "delivery_failed").then(() => {
    const shipment = transform({ ticket, input }, ({ ticket, input }) => ({
      order_id: ticket.order_id,
      fulfillment_id: ticket.fulfillment_id!,
      items: ticket.items,
      created_by: input.actor ?? undefined,
    }))
    createOrderShipmentWorkflow.runAsStep({ input: shipment })
  })
  when({ input }, ({ input }) => input.to === "delivered" || input.to === "collected").then(() => {
    const delivered = transform({ ticket }, ({ ticket }) => ({ orderId: ticket.order_id, fulfillmentId: ticket.fulfillment_id! }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivered })
  })
  when({ input, ticket }, ({ input, ticket }) => (input.to === "delivered" || input.to === "collected") && !!ticket.uncaptured_payment_id).then(() => {
    const capture = transform({ ticket, input }, ({ ticket, input }) => ({ payment_id: ticket.uncaptured_payment_id!, captured_by: input.actor ?? undefined }))
    capturePaymentWorkflow.runAsStep({ input: capture })
  })
  // cancelled after the kitchen started: a fulfilled order gets its fulfillment cancelled first (Medusa
  // puts the ingredients back), the order's reservations are released, then the ingredients, used, leave
  // the stock as waste with the reason (waste may not eat into other orders' reservations). All of this
  // can fail and be undone; the order's cancellation, whose refund cannot, comes after the history line.
  when({ input, ticket }, ({ input, ticket }) => input.to === "cancelled" && !!ticket.fulfillment_id).then(() => {
    const fulfillment = transform({ ticket }, ({ ticket }) => ({ order_id: ticket.order_id, fulfillment_id: ticket.fulfillment_id!, no_notification: true }))
    cancelOrderFulfillmentWorkflow.runAsStep({ input: fulfillment })
  })
  // the customised pizzas' extras' own reservations, released before the waste is taken (Medusa's
  // cancellation, later, would release them too: workflows/hooks/customised-stock.ts)
  when({ input }, ({ input }) => input.to === "cancelled").then(() => {
    releaseExtrasStep(transform({ ticket }, ({ ticket }) => ({ line_ids: ticket.items.map((item) => item.id) })))
  })
  when({ input, ticket }, ({ input, ticket }) => input.to === "cancelled" && ticket.status !== "received" && ticket.status !== "scheduled").then(() => {
    deleteReservationsByLineItemsStep(transform({ ticket }, ({ ticket }) => ticket.items.map((item) => item.id)))
    const waste = transform({ ticket, input }, ({ ticket, input }) => ({
      stock_location_id: ticket.stock_location_id,
      movements: ticket.ingredients.flatMap((ingredient) =>
        ingredient.quantity > 0 ? [{ inventory_item_id: ingredient.inventory_item_id, type: "waste" as const, quantity: ingredient.quantity }] : []
      ),
      note: `order cancelled after preparation started: ${input.note}`,
      actor_type: "user",
      actor_id: input.actor,
    }))
    recordStockMovementsWorkflow.runAsStep({ input: waste })
  })

  const recordInput = transform({ ticket, input }, ({ ticket, input }) => ({
    ticket_id: ticket.id,
    from: ticket.status,
    to: input.to,
    actor: input.actor,
    note: input.note,
    paid_with: input.paid_with,
  }))
  const recorded = recordTicketStatusStep(recordInput)
  // last of what can fail: Medusa's cancellation voids an authorization or refunds a capture, which no
  // compensation takes back. Its refund logs a provider's refusal instead of failing: the ticket is flagged.
  const refund = when({ input }, ({ input }) => input.to === "cancelled").then(() => {
    cancelOrderWorkflow.runAsStep({ input: transform({ ticket, input }, ({ ticket, input }) => ({ order_id: ticket.order_id, canceled_by: input.actor ?? undefined })) })
    return findUnrefundedCaptureStep({ order_id: ticket.order_id })
  })
  when({ refund }, ({ refund }) => !!refund?.payment_failure).then(() => {
    flagPaymentFailureStep(transform({ ticket, refund }, ({ ticket, refund }) => ({ ticket_id: ticket.id, payment_failure: refund!.payment_failure! }))).config({
      name: "flag-refund-failure",
    })
  })
  // after the status is recorded, so that little that follows can roll back a capture
  const capture = when({ input, ticket }, ({ input, ticket }) => input.to === "preparing" && !!ticket.card_payment_id).then(() => {
    const card = transform({ ticket, input }, ({ ticket, input }) => ({
      ticket_id: ticket.id,
      order_id: ticket.order_id,
      payment_id: ticket.card_payment_id!,
      actor: input.actor,
    }))
    return captureCardPaymentStep(card)
  })
  // what Medusa's capturePaymentWorkflow does after the capture, which a refusal must not fail here
  when({ capture }, ({ capture }) => capture?.captured === true).then(() => {
    addOrderTransactionStep(transform({ capture }, ({ capture }) => capture!.transactions))
    emitEventStep(transform({ ticket }, ({ ticket }) => ({ eventName: PaymentEvents.CAPTURED, data: { id: ticket.card_payment_id! } }))).config({
      name: "emit-card-payment-captured",
    })
  })
  when({ capture }, ({ capture }) => capture?.captured === false).then(() => {
    flagPaymentFailureStep(transform({ ticket, capture }, ({ ticket, capture }) => ({ ticket_id: ticket.id, payment_failure: capture!.payment_failure! })))
  })
  const event = transform({ ticket, recorded, capture, refund }, ({ ticket, recorded, capture, refund }) => ({
    eventName: TICKET_STATUS_CHANGED,
    data: {
      ticket_id: ticket.id,
      order_id: ticket.order_id,
      stock_location_id: ticket.stock_location_id,
      from: ticket.status,
      status: recorded.status,
      history_id: recorded.history_id,
      at: recorded.at,
      payment_failed: capture?.captured === false || !!refund?.payment_failure,
    },
  }))
  // grouped with the workflow: sent once it has committed, dropped if it rolls back
  emitEventStep(event)
  releaseLockStep({ key: lockKey, ownerId: lockOwner })
  const result = transform({ recorded, capture, refund }, ({ recorded, capture, refund }) => ({
    ...recorded,
    payment_failure: capture?.payment_failure ?? refund?.payment_failure ?? null,
  }))
  return new WorkflowResponse(result)
})
