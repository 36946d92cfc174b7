import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginOrderEditOrderWorkflow,
  cancelBeginOrderEditWorkflow,
  confirmOrderEditRequestWorkflow,
  orderEditAddNewItemWorkflow,
  orderEditUpdateItemQuantityWorkflow,
} from "@medusajs/medusa/core-flows"
import { DomainError } from "../../../errors/domain-error"
import { withGuardedStock } from "../../../stock/with-guarded-stock"
import type { OrderModificationPlan } from "./plan-order-modification"

export const applyOrderEditStepId = "apply-order-edit"

/**
 * Applies the plan as one Medusa order edit: begun and filled, then
 * confirmed (which moves the reservations) under the pizzeria's stock lock
 * once the whole new order's ingredients are checked, counting what the old
 * lines give back. Anything failing before the confirmation cancels the
 * edit; after it, the order has changed and there is nothing to undo here.
 */
export const applyOrderEditStep = createStep(applyOrderEditStepId, async ({ plan, actor }: { plan: OrderModificationPlan; actor: string | null }, { container }) => {
  await beginOrderEditOrderWorkflow(container).run({
    input: { order_id: plan.order_id, description: `Changed by the customer: ${plan.summary}`, created_by: actor ?? undefined },
  })
  try {
    if (plan.updates.length) await orderEditUpdateItemQuantityWorkflow(container).run({ input: { order_id: plan.order_id, items: plan.updates } })
    if (plan.additions.length) await orderEditAddNewItemWorkflow(container).run({ input: { order_id: plan.order_id, items: plan.additions } })
    await withGuardedStock(container, plan.order_id, { after: "preview", releasing: true }, () =>
      confirmOrderEditRequestWorkflow(container).run({ input: { order_id: plan.order_id, confirmed_by: actor ?? undefined } })
    )
  } catch (error) {
    await cancelBeginOrderEditWorkflow(container).run({ input: { order_id: plan.order_id } })
    // Medusa checks each added line against the levels before the old lines give their reservations back
    if (/required inventory/i.test((error as Error).message)) {
      throw new DomainError(409, "insufficient_stock", `Not enough ingredients left at this pizzeria for this change (${plan.summary}); your order is unchanged.`, {
        stock_location_id: plan.stock_location_id,
      })
    }
    throw error
  }
  return new StepResponse({ order_id: plan.order_id })
})
