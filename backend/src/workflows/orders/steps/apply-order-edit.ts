import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginOrderEditOrderWorkflow,
  cancelBeginOrderEditWorkflow,
  confirmOrderEditRequestWorkflow,
  orderEditAddNewItemWorkflow,
  orderEditUpdateItemQuantityWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertCartCanBeServed } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { DomainError, isDomainError } from "../../../errors/domain-error"
import { settlePaymentAfterEdit, type PaymentAfterEdit } from "../../../orders/settle-payment-after-edit"
import { withGuardedStock } from "../../../stock/with-guarded-stock"
import type { OrderModificationPlan } from "./plan-order-modification"

export const applyOrderEditStepId = "apply-order-edit"

/**
 * A delivery still meets its zone's rules with the new content: the minimum
 * order, and the fee charged (crossing the free-delivery threshold would
 * change it, which a change of content cannot do).
 */
async function assertStillServed(container: MedusaContainer, plan: OrderModificationPlan): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_address.*", "shipping_methods.shipping_option_id", "shipping_methods.amount"],
    filters: { id: plan.order_id },
  })
  const preview = await container.resolve(Modules.ORDER).previewOrderChange(plan.order_id)
  try {
    await assertCartCanBeServed(
      container,
      { id: plan.order_id, shipping_address: data[0]?.shipping_address ?? null, items: preview.items ?? [], shipping_methods: data[0]?.shipping_methods ?? [] },
      plan.stock_location_id
    )
  } catch (error) {
    // the pizzeria took the order while open; a change made after closing time (rare) skips the zone's rules
    if (isDomainError(error) && error.code === "pizzeria_closed") return
    if (isDomainError(error) && error.code === "delivery_fee_changed") {
      throw new DomainError(409, "delivery_fee_changed", "This change would change the delivery fee (free-delivery threshold): call the pizzeria to change it.", error.details)
    }
    throw error
  }
}

/**
 * Applies the plan as one Medusa order edit: begun and filled, checked
 * against the delivery zone's rules, then confirmed (which moves the
 * reservations) under the pizzeria's stock lock once the whole new order's
 * ingredients are checked, counting what the old lines give back. The
 * payment follows at once (pay on delivery carries the new total).
 * Anything failing before the confirmation cancels the edit; after it, the
 * order has changed and nothing here can fail but the payment settlement.
 */
export const applyOrderEditStep = createStep(
  applyOrderEditStepId,
  async ({ plan, actor }: { plan: OrderModificationPlan; actor: string | null }, { container }) => {
    await beginOrderEditOrderWorkflow(container).run({
      input: { order_id: plan.order_id, description: `Changed by the customer: ${plan.summary}`, created_by: actor ?? undefined },
    })
    try {
      if (plan.updates.length) await orderEditUpdateItemQuantityWorkflow(container).run({ input: { order_id: plan.order_id, items: plan.updates } })
      if (plan.additions.length) await orderEditAddNewItemWorkflow(container).run({ input: { order_id: plan.order_id, items: plan.additions } })
      await assertStillServed(container, plan)
      await withGuardedStock(container, plan.order_id, { after: "preview", releasing: true }, () =>
        confirmOrderEditRequestWorkflow(container).run({ input: { order_id: plan.order_id, confirmed_by: actor ?? undefined } })
      )
    } catch (error) {
      await cancelBeginOrderEditWorkflow(container)
        .run({ input: { order_id: plan.order_id } })
        .catch((cancelError: Error) => container.resolve("logger").error(`Order ${plan.order_id}: the refused change could not be dropped (${cancelError.message}).`))
      // Medusa checks each added line against the levels before the old lines give their reservations back
      if (/required inventory/i.test((error as Error).message)) {
        throw new DomainError(409, "insufficient_stock", `Not enough ingredients left at this pizzeria for this change (${plan.summary}); your order is unchanged.`, {
          stock_location_id: plan.stock_location_id,
        })
      }
      throw error
    }
    const payment = await settlePaymentAfterEdit(container, plan.order_id)
    return new StepResponse<{ order_id: string; payment: PaymentAfterEdit }>({ order_id: plan.order_id, payment })
  }
)
