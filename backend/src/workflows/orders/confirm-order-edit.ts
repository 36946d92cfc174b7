import { randomUUID } from "node:crypto"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, confirmOrderEditRequestWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { acquireStockLockStep, releaseStockLockStep } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { TICKET_STATUS_CHANGED, type TicketStatusChanged } from "@/kitchen/events"
import { orderEditLockTtlSeconds } from "@/orders/order-edit-lock"
import { acquireTicketLockStep } from "../kitchen/steps/acquire-ticket-lock"
import { recordTicketStatusStep } from "../kitchen/steps/record-ticket-status"
import { releaseTicketLockStep } from "../kitchen/steps/release-ticket-lock"
import { settlePaymentAfterEditWorkflow } from "./settle-payment-after-edit"
import { checkOrderStockStep } from "./steps/check-order-stock"
import { findOrderTicketStep } from "./steps/find-order-ticket"
import { resolveOrderPizzeriaStep } from "./steps/resolve-order-pizzeria"

export const confirmOrderEditWorkflowId = "confirm-order-edit"

type PreviewLine = { quantity?: unknown; product_title?: string | null; variant_title?: string | null } | null

/** The new order in words, for the ticket's history: "2 × Margherita M, 1 × Reine M". */
const describeLines = (items: PreviewLine[] | null | undefined): string =>
  (items ?? [])
    .flatMap((item) => (item && Number(item.quantity) > 0 ? [`${Number(item.quantity)} × ${[item.product_title, item.variant_title].filter(Boolean).join(" ")}`] : []))
    .join(", ")

/**
 * A manager's order edit, confirmed: it moves reservations like a customer's
 * change, so the whole new order is checked (what the order gives back
 * counted) under the pizzeria's stock lock before Medusa's confirmation;
 * then the payment follows the new total (Medusa cancelled the
 * authorization). The order's lock is taken here, Medusa's confirmation
 * skipping its own when run as a step. Like a customer's change, the
 * ticket's lock is held throughout (a kitchen move waits for it), the change
 * goes into the ticket's history, and the "modified" event, emitted once
 * the workflow has committed, updates the boards and tells the customer.
 */
export const confirmOrderEditWorkflow = createWorkflow(confirmOrderEditWorkflowId, (input: { order_id: string; confirmed_by?: string }) => {
  const ticket = findOrderTicketStep({ order_id: input.order_id })
  const ticketLock = when("order-edit-ticket-lock", { ticket }, ({ ticket }) => !!ticket).then(() =>
    acquireTicketLockStep(
      transform({ ticket }, ({ ticket }) => ({
        ticket_id: ticket!.id,
        busy: { code: "ticket_busy", message: "The kitchen is moving this order right now: confirm the edit again in a moment." },
      }))
    )
  )
  // no `key` property here: see modify-customer-order.ts (the lock steps would lock nothing)
  const orderLock = transform({ input }, ({ input }) => ({ order_id: input.order_id, owner_id: randomUUID() }))
  acquireLockStep({ key: orderLock.order_id, timeout: 5, ttl: orderEditLockTtlSeconds(), ownerId: orderLock.owner_id })
  const pizzeria = resolveOrderPizzeriaStep({ order_id: input.order_id })
  const stockLock = acquireStockLockStep({ stock_location_id: pizzeria.stock_location_id })
  checkOrderStockStep(
    transform({ input, pizzeria }, ({ input, pizzeria }) => ({ order_id: input.order_id, stock_location_id: pizzeria.stock_location_id, lines: "order_change" as const }))
  )
  const preview = confirmOrderEditRequestWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id, confirmed_by: input.confirmed_by })) })
  // held through the payment: should it fail, undoing the confirmation puts the old reservations back under the lock
  const payment = settlePaymentAfterEditWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
  const recorded = when("order-edit-history", { ticket }, ({ ticket }) => !!ticket).then(() =>
    recordTicketStatusStep(
      transform({ input, ticket, preview }, ({ input, ticket, preview }) => ({
        ticket_id: ticket!.id,
        from: ticket!.status,
        to: ticket!.status,
        actor: input.confirmed_by ?? null,
        note: `changed by the pizzeria: ${describeLines(preview.items as PreviewLine[])}`,
      }))
    )
  )
  releaseStockLockStep(stockLock)
  releaseLockStep({ key: orderLock.order_id, ownerId: orderLock.owner_id })
  when("order-edit-event", { ticket }, ({ ticket }) => !!ticket).then(() => {
    emitEventStep(
      transform({ input, ticket, recorded }, ({ input, ticket, recorded }) => ({
        eventName: TICKET_STATUS_CHANGED,
        data: {
          ticket_id: ticket!.id,
          order_id: input.order_id,
          stock_location_id: ticket!.stock_location_id,
          from: ticket!.status,
          status: ticket!.status,
          history_id: recorded!.history_id,
          at: recorded!.at,
          modified: true,
        } satisfies TicketStatusChanged,
      }))
    )
    releaseTicketLockStep(ticketLock!)
  })
  return new WorkflowResponse(transform({ preview, payment }, ({ preview, payment }) => ({ order_preview: preview, payment })))
})
