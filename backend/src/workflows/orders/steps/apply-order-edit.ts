import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginOrderEditOrderWorkflow,
  cancelBeginOrderEditWorkflow,
  confirmOrderEditRequestWorkflow,
  orderEditAddNewItemWorkflow,
  orderEditUpdateItemQuantityWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertCartCanBeMade, withStockLock } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { DomainError } from "../../../errors/domain-error"
import { assertDishesOnMenu } from "../../../menu/assert-dishes-on-menu"
import type { OrderModificationPlan } from "./plan-order-modification"

export const applyOrderEditStepId = "apply-order-edit"

async function productsOf(container: MedusaContainer, variantIds: string[]) {
  if (!variantIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product.id", "product.title"], filters: { id: variantIds } })
  return data.map((variant) => ({ product_id: variant.product?.id ?? null, title: variant.product?.title ?? null }))
}

/**
 * Applies the plan as one Medusa order edit, under the pizzeria's stock lock
 * (the same one every checkout takes): the whole new order's ingredients are
 * checked against what is left plus what the old lines give back, then the
 * edit is begun, filled and confirmed, which moves the reservations.
 * Anything failing before the confirmation cancels the edit; after it, the
 * order has changed and there is nothing to undo here.
 */
export const applyOrderEditStep = createStep(applyOrderEditStepId, async ({ plan, actor }: { plan: OrderModificationPlan; actor: string | null }, { container }) => {
  await withStockLock(container, plan.stock_location_id, async () => {
    await assertDishesOnMenu(container, plan.stock_location_id, await productsOf(container, plan.additions.map((line) => line.variant_id)))
    await assertCartCanBeMade(container, { items: plan.after }, plan.stock_location_id, { releasing: plan.before })

    await beginOrderEditOrderWorkflow(container).run({
      input: { order_id: plan.order_id, description: `Changed by the customer: ${plan.summary}`, created_by: actor ?? undefined },
    })
    try {
      if (plan.updates.length) await orderEditUpdateItemQuantityWorkflow(container).run({ input: { order_id: plan.order_id, items: plan.updates } })
      if (plan.additions.length) await orderEditAddNewItemWorkflow(container).run({ input: { order_id: plan.order_id, items: plan.additions } })
      await confirmOrderEditRequestWorkflow(container).run({ input: { order_id: plan.order_id, confirmed_by: actor ?? undefined } })
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
  })
  return new StepResponse({ order_id: plan.order_id })
})
