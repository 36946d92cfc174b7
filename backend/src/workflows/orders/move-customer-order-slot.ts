import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TICKET_STATUS_CHANGED } from "@/kitchen/events"
import { ORDER_BUSY } from "@/orders/order-busy"
import { acquireTicketLockStep } from "../kitchen/steps/acquire-ticket-lock"
import { recordTicketStatusStep } from "../kitchen/steps/record-ticket-status"
import { releaseTicketLockStep } from "../kitchen/steps/release-ticket-lock"
import { moveTicketSlotStep } from "./steps/move-ticket-slot"

export const moveCustomerOrderSlotWorkflowId = "move-customer-order-slot"

/**
 * The customer moves a booked order to another quarter hour until its fire
 * time. The ticket is locked as for a kitchen move, so the minute job firing
 * it waits for the move (then finds its fire time moved and leaves it, see
 * load-ticket-for-transition's `due_by`) or wins, and the customer gets 409
 * preparation_started; a lock held past the wait answers 409 order_busy
 * (@/orders/order-busy). The new slot is booked under the
 * slot lock (./steps/move-ticket-slot.ts), then the history line; the boards
 * and the tracking page hear it live.
 */
export const moveCustomerOrderSlotWorkflow = createWorkflow(moveCustomerOrderSlotWorkflowId, (input: { ticket_id: string; scheduled_for: string; actor: string | null }) => {
  const lock = acquireTicketLockStep(transform({ input }, ({ input }) => ({ ticket_id: input.ticket_id, busy: ORDER_BUSY })))
  const moved = moveTicketSlotStep(transform({ input }, ({ input }) => ({ ticket_id: input.ticket_id, scheduled_for: input.scheduled_for })))
  when("slot-moved", { moved }, ({ moved }) => moved.from !== moved.to).then(() => {
    const recorded = recordTicketStatusStep(
      transform({ input, moved }, ({ input, moved }) => ({
        ticket_id: input.ticket_id,
        from: "scheduled" as const,
        to: "scheduled" as const,
        actor: input.actor,
        note: `moved by the customer: ${moved.from} → ${moved.to}`,
      }))
    )
    emitEventStep(
      transform({ recorded, moved }, ({ recorded, moved }) => ({
        eventName: TICKET_STATUS_CHANGED,
        data: {
          ticket_id: moved.ticket_id,
          order_id: moved.order_id,
          stock_location_id: moved.stock_location_id,
          from: "scheduled",
          status: "scheduled",
          history_id: recorded.history_id,
          at: recorded.at,
          modified: true,
        },
      }))
    )
  })
  releaseTicketLockStep(lock)
  return new WorkflowResponse(moved)
})
