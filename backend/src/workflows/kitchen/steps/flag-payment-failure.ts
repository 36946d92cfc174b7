import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"

export const flagPaymentFailureStepId = "flag-payment-failure"

/** Flags the ticket `payment_failed` with the provider's reason, for the manager's board; compensation clears the flag. */
export const flagPaymentFailureStep = createStep(
  flagPaymentFailureStepId,
  async ({ ticket_id, payment_failure }: { ticket_id: string; payment_failure: string }, { container }) => {
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    await kitchen.updateKitchenTickets({ id: ticket_id, payment_failed_at: new Date(), payment_failure })
    return new StepResponse({ ticket_id }, ticket_id)
  },
  async (ticketId, { container }) => {
    if (!ticketId) return
    await container.resolve<KitchenModuleService>(KITCHEN_MODULE).updateKitchenTickets({ id: ticketId, payment_failed_at: null, payment_failure: null })
  }
)
