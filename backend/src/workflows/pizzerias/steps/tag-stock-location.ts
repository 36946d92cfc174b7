import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const tagStockLocationStepId = "tag-stock-location"

/**
 * Adds keys to a stock location's metadata, last of all: a key that says
 * "this pizzeria is open" (an importer's) is only there once the rest is.
 * Compensation puts the metadata back.
 */
export const tagStockLocationStep = createStep(
  tagStockLocationStepId,
  async (input: { stock_location_id: string; metadata: Record<string, unknown> }, { container }) => {
    const locations = container.resolve(Modules.STOCK_LOCATION)
    const location = await locations.retrieveStockLocation(input.stock_location_id, { select: ["id", "metadata"] })
    const previous = location.metadata ?? {}
    await locations.updateStockLocations(input.stock_location_id, { metadata: { ...previous, ...input.metadata } })
    return new StepResponse(undefined, { stock_location_id: input.stock_location_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.STOCK_LOCATION).updateStockLocations(undo.stock_location_id, { metadata: undo.previous })
  }
)
