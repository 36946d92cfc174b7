import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow, cancelOrderWorkflow, createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { recreateReservations, releaseExtraReservations } from "../../customisation/customised-reservations"
import { returnExtras, settleExtras, undoExtras } from "../../customisation/settle-extras"

type HookFulfillment = { id: string; location_id: string; items?: ({ line_item_id?: string | null } | null)[] | null }

const lineIdsOf = (fulfillment: HookFulfillment) => [...new Set((fulfillment.items ?? []).flatMap((item) => (item?.line_item_id ? [item.line_item_id] : [])))]

/**
 * The extras of customised pizzas follow Medusa's own stock moves, by
 * whatever path they come (our kitchen's, or Medusa's admin routes), inside
 * the same workflow and undone with it (customisation/settle-extras.ts):
 * a fulfillment takes them out of stock, its cancellation puts them back,
 * an order's cancellation releases their reservations.
 */
createOrderFulfillmentWorkflow.hooks.fulfillmentCreated(
  async ({ fulfillment }, { container }) => {
    const made = fulfillment as unknown as HookFulfillment
    return new StepResponse(undefined, await settleExtras(container, { id: made.id, location_id: made.location_id, line_ids: lineIdsOf(made) }))
  },
  async (undo, { container }) => {
    if (undo) await undoExtras(container, undo)
  }
)

cancelOrderFulfillmentWorkflow.hooks.orderFulfillmentCanceled(
  async ({ fulfillment }, { container }) => {
    const cancelled = fulfillment as unknown as HookFulfillment
    return new StepResponse(undefined, await returnExtras(container, { id: cancelled.id, location_id: cancelled.location_id }))
  },
  async (undo, { container }) => {
    if (undo) await undoExtras(container, undo)
  }
)

cancelOrderWorkflow.hooks.orderCanceled(
  async ({ order }, { container }) => {
    const lineIds = ((order as { items?: ({ id: string } | null)[] | null }).items ?? []).flatMap((item) => (item ? [item.id] : []))
    return new StepResponse(undefined, await releaseExtraReservations(container, lineIds))
  },
  async (released, { container }) => {
    if (released?.length) await recreateReservations(container, released)
  }
)
