import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The mark a draft order's conversion leaves on the order: an order change
 * (Medusa's "update_order" type) with this internal note, written by the conversion (workflows/orders/convert-draft-order.ts)
 * in the order module, where no customer writes (unlike the order's
 * metadata, which a cart's metadata becomes at completion). Already
 * confirmed and without actions, it changes nothing in the order. Medusa's
 * conversion itself leaves no trace (status pending, is_draft_order false:
 * what a cart's completion makes too).
 */
export const CONVERTED_DRAFT_NOTE = "oc-pizza:draft-conversion"

export const recordDraftConversionStepId = "record-draft-conversion"

/** Marks the order as a converted draft; its compensation removes the mark. */
export const recordDraftConversionStep = createStep(
  recordDraftConversionStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const change = await orders.createOrderChange({
      order_id,
      change_type: "update_order",
      description: "Converted from a draft order",
      internal_note: CONVERTED_DRAFT_NOTE,
    })
    // made pending (the only status creation takes): confirmed at once, so no later edit of the order finds it open
    await orders.updateOrderChanges([{ id: change.id, status: "confirmed", confirmed_at: new Date() }])
    return new StepResponse(change.id, change.id)
  },
  async (changeId, { container }) => {
    if (!changeId) return
    await container.resolve(Modules.ORDER).deleteOrderChanges([changeId])
  }
)

/** Of these orders, the ones made by converting a draft order. */
export async function convertedDrafts(container: MedusaContainer, orderIds: string[]): Promise<Set<string>> {
  if (!orderIds.length) return new Set()
  const marks = await container.resolve(Modules.ORDER).listOrderChanges({ order_id: orderIds }, { select: ["order_id", "internal_note"], take: null })
  // Medusa's OrderChangeDTO type leaves `internal_note` out, though the order module returns it when selected
  return new Set(marks.filter((mark: object) => "internal_note" in mark && mark.internal_note === CONVERTED_DRAFT_NOTE).map((mark) => mark.order_id))
}
