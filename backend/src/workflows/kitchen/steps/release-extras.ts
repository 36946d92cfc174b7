import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recreateReservations, releaseExtraReservations } from "@/customisation/customised-reservations"

export const releaseExtrasStepId = "release-extras"

/** An order cancelled: its extras' own reservations go with its lines' (Medusa releases only those). Compensation puts them back. */
export const releaseExtrasStep = createStep(
  releaseExtrasStepId,
  async (input: { line_ids: string[] }, { container }) => new StepResponse(undefined, await releaseExtraReservations(container, input.line_ids)),
  async (released, { container }) => {
    if (released?.length) await recreateReservations(container, released)
  }
)
