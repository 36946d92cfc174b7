import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import type { TicketStatus } from "../../kitchen/lifecycle"
import { loadTicketForTransitionStep } from "./steps/load-ticket-for-transition"
import { recordTicketStatusStep } from "./steps/record-ticket-status"

export const transitionKitchenTicketWorkflowId = "transition-kitchen-ticket"

export type TransitionKitchenTicketInput = { ticket_id: string; to: TicketStatus; actor: string | null; note?: string | null }

/**
 * Moves a ticket one step along the lifecycle, doing Medusa's part in the
 * same workflow (all or nothing): ready creates the fulfillment (the
 * reserved ingredients leave the stock; the ledger records the sale),
 * out_for_delivery the shipment, delivered/collected marks it delivered,
 * cancelled cancels the order (reservations released). The ticket is locked
 * so that two screens pressing the same button move it once.
 */
export const transitionKitchenTicketWorkflow = createWorkflow(transitionKitchenTicketWorkflowId, (input: TransitionKitchenTicketInput) => {
  const lockKey = transform({ input }, ({ input }) => `kitchen-ticket:${input.ticket_id}`)
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 60 })
  const ticket = loadTicketForTransitionStep({ ticket_id: input.ticket_id, to: input.to })

  when({ input }, ({ input }) => input.to === "ready").then(() => {
    const fulfillment = transform({ ticket, input }, ({ ticket, input }) => ({
      order_id: ticket.order_id,
      items: ticket.items,
      location_id: ticket.stock_location_id,
      created_by: input.actor ?? undefined,
    }))
    createOrderFulfillmentWorkflow.runAsStep({ input: fulfillment })
  })
  when({ input }, ({ input }) => input.to === "out_for_delivery").then(() => {
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
  when({ input }, ({ input }) => input.to === "cancelled").then(() => {
    const cancel = transform({ ticket, input }, ({ ticket, input }) => ({ order_id: ticket.order_id, canceled_by: input.actor ?? undefined }))
    cancelOrderWorkflow.runAsStep({ input: cancel })
  })

  const recordInput = transform({ ticket, input }, ({ ticket, input }) => ({
    ticket_id: ticket.id,
    from: ticket.status,
    to: input.to,
    actor: input.actor,
    note: input.note,
  }))
  const recorded = recordTicketStatusStep(recordInput)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(recorded)
})
