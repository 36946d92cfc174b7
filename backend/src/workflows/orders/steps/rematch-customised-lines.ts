import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  matchCustomisedReservations,
  recreateReservations,
  releaseExtraReservations,
  undoReservationChanges,
  type ReservationChanges,
  type ReservationSnapshot,
} from "@/customisation/customised-reservations"

export const rematchCustomisedLinesStepId = "rematch-customised-lines"

/**
 * After Medusa confirmed an order change: it reserved each new or changed
 * line's whole kit, so the customised ones are matched again as at checkout
 * (customisation/customised-reservations.ts): the extras of a line whose
 * quantity changed or that went are released first, then every customised
 * line not matched yet gets its extras and loses what it leaves out. Run
 * under the pizzeria's stock lock, after the change's stock check. Undone:
 * the extras made go, the released ones come back (Medusa's own compensation
 * puts the lines' old reservations back).
 */
export const rematchCustomisedLinesStep = createStep(
  rematchCustomisedLinesStepId,
  async ({ order_id, stock_location_id, line_ids }: { order_id: string; stock_location_id: string; line_ids: string[] }, { container }) => {
    const released = await releaseExtraReservations(container, line_ids)
    let changes: ReservationChanges
    try {
      changes = await matchCustomisedReservations(container, order_id, stock_location_id)
    } catch (error) {
      // a failed step is not compensated: the extras it released come back here (what the match deleted of
      // Medusa's new reservations goes with Medusa's own compensation, by their ids)
      await recreateReservations(container, released)
      throw error
    }
    return new StepResponse(undefined, { changes, released })
  },
  async (undo: { changes: ReservationChanges; released: ReservationSnapshot[] } | undefined, { container }) => {
    if (!undo) return
    await undoReservationChanges(container, undo.changes)
    await recreateReservations(container, undo.released)
  }
)
