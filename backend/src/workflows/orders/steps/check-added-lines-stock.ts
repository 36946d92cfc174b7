import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"
import type { OrderModificationPlan } from "./plan-order-modification"

export const checkAddedLinesStockStepId = "check-added-lines-stock"

/**
 * Medusa's order edit checks each added line on its own against what is
 * left, before the order's old lines give their reservations back (a swap
 * to a smaller size can be refused though the whole order would fit). This
 * makes the same check first, so that the refusal is said in words and
 * nothing of the edit is begun.
 */
export const checkAddedLinesStockStep = createStep(
  checkAddedLinesStockStepId,
  async ({ plan }: { plan: Pick<OrderModificationPlan, "additions" | "stock_location_id" | "summary"> }, { container }) => {
    if (!plan.additions.length) return new StepResponse({ checked: true })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "allow_backorder", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: plan.additions.map((line) => line.variant_id) },
    })
    const variantOf = new Map(variants.map((variant) => [variant.id, variant]))
    const inventory = container.resolve(Modules.INVENTORY)
    for (const line of plan.additions) {
      const variant = variantOf.get(line.variant_id)
      if (!variant?.manage_inventory || variant.allow_backorder) continue
      for (const part of variant.inventory_items ?? []) {
        if (!part) continue
        const covered = await inventory.confirmInventory(part.inventory_item_id, [plan.stock_location_id], line.quantity * Number(part.required_quantity))
        if (!covered) {
          throw new DomainError(409, "insufficient_stock", `Not enough ingredients left at this pizzeria for this change (${plan.summary}); your order is unchanged.`, {
            stock_location_id: plan.stock_location_id,
          })
        }
      }
    }
    return new StepResponse({ checked: true })
  }
)
