import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { KITCHEN_MODULE } from "../../../modules/kitchen"
import type KitchenModuleService from "../../../modules/kitchen/service"

export const captureCardPaymentStepId = "capture-card-payment"

export type CardCapture = { captured: boolean; payment_failure: string | null }

/**
 * Captures the card authorized at checkout, as preparation starts. A refusal
 * (authorization expired, bank decline) must not hold up the kitchen: the
 * ticket is flagged `payment_failed` for the manager and the move goes on.
 * Last step that can fail in the move, so it needs no compensation.
 */
export const captureCardPaymentStep = createStep(
  captureCardPaymentStepId,
  async ({ ticket_id, payment_id, actor }: { ticket_id: string; payment_id: string; actor: string | null }, { container }) => {
    const { errors } = await capturePaymentWorkflow(container).run({
      input: { payment_id, captured_by: actor ?? undefined },
      throwOnError: false,
    })
    if (!errors.length) return new StepResponse<CardCapture>({ captured: true, payment_failure: null })

    const failure = (errors[0].error as Error | undefined)?.message ?? "the card payment could not be captured"
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    await kitchen.updateKitchenTickets({ id: ticket_id, payment_failed_at: new Date(), payment_failure: failure })
    container.resolve("logger").warn(`Kitchen ticket ${ticket_id}: card capture failed (${failure}); flagged for the manager.`)
    return new StepResponse<CardCapture>({ captured: false, payment_failure: failure })
  }
)
