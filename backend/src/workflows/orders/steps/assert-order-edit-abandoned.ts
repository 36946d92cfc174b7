import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"
import { isCustomerChange } from "@/orders/customer-change-note"

export const assertOrderEditAbandonedStepId = "assert-order-edit-abandoned"

/**
 * Read under the order's lock: the order's open change is still the one the
 * repair found, opened by the customer's change. Anything else (confirmed or
 * cancelled meanwhile, a manager's edit begun since) is left alone.
 */
export const assertOrderEditAbandonedStep = createStep(
  assertOrderEditAbandonedStepId,
  async ({ order_id, order_change_id }: { order_id: string; order_change_id: string }, { container }) => {
    const [open] = await container.resolve(Modules.ORDER).listOrderChanges({ order_id, status: ["pending", "requested"] }, { select: ["id", "internal_note"], take: 1 })
    if (!open || open.id !== order_change_id || !isCustomerChange(open)) {
      throw new DomainError(409, "order_change_not_abandoned", `Order ${order_id} no longer has the abandoned change ${order_change_id} open.`)
    }
    return new StepResponse({ order_change_id })
  }
)
