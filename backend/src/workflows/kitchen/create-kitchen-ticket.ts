import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createKitchenTicketStep, type CreateKitchenTicketInput } from "./steps/create-kitchen-ticket"
import { recordDeliveryRideStep } from "./steps/record-delivery-ride"
import { TICKET_STATUS_CHANGED } from "../../kitchen/events"

export const createKitchenTicketWorkflowId = "create-kitchen-ticket"

/** The kitchen ticket of a placed order (idempotent), booked in its slot, with a delivery's ride for its ETA; a new ticket is announced like any status change (`scheduled` or `received`). */
export const createKitchenTicketWorkflow = createWorkflow(createKitchenTicketWorkflowId, (input: CreateKitchenTicketInput) => {
  const ticket = createKitchenTicketStep(input)
  when({ ticket }, ({ ticket }) => ticket.created).then(() => {
    recordDeliveryRideStep(transform({ ticket }, ({ ticket }) => ({ ticket_id: ticket.id })))
    const event = transform({ ticket, input }, ({ ticket, input }) => ({
      eventName: TICKET_STATUS_CHANGED,
      data: {
        ticket_id: ticket.id,
        order_id: input.order_id,
        stock_location_id: ticket.stock_location_id,
        from: null,
        status: ticket.status,
        history_id: ticket.history!.id,
        at: ticket.history!.at,
      },
    }))
    emitEventStep(event)
  })
  return new WorkflowResponse(ticket)
})
