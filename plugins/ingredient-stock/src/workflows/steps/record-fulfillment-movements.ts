import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INGREDIENT_STOCK_MODULE } from "../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../modules/ingredient-stock/service"
import { levelsAt } from "../../stock/read-stock"

export const recordFulfillmentMovementsStepId = "record-fulfillment-movements"

export type RecordFulfillmentMovementsInput = { fulfillment_id: string; type: "sale" | "cancel" }
type Fulfillment = { id: string; location_id: string; items: ({ inventory_item_id: string | null; quantity: number } | null)[] }

/**
 * Writes to the ledger what Medusa did to the stock when it created (sale)
 * or cancelled (cancel) a fulfillment. The levels were changed by Medusa;
 * the movements record it, once per fulfillment whatever the retries.
 */
export const recordFulfillmentMovementsStep = createStep(
  recordFulfillmentMovementsStepId,
  async (input: RecordFulfillmentMovementsInput, { container }) => {
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    const reference = `${input.type}:${input.fulfillment_id}`
    const [already] = await stock.listStockMovements({ reference }, { take: 1 })
    const { data } = await query.graph({ entity: "fulfillment", fields: ["id", "location_id", "items.inventory_item_id", "items.quantity"], filters: { id: input.fulfillment_id } })
    const fulfillment = data[0] as Fulfillment | undefined
    if (already || !fulfillment) return new StepResponse({ stock_location_id: fulfillment?.location_id ?? "", inventory_item_ids: [] as string[] }, [] as string[])

    const quantities = new Map<string, number>()
    for (const item of fulfillment.items) {
      if (item?.inventory_item_id) quantities.set(item.inventory_item_id, (quantities.get(item.inventory_item_id) ?? 0) + Number(item.quantity))
    }
    const levels = await levelsAt(container, [...quantities.keys()], fulfillment.location_id)
    const sign = input.type === "sale" ? -1 : 1
    const movements = await stock.createStockMovements(
      [...quantities].map(([inventoryItemId, quantity]) => ({
        inventory_item_id: inventoryItemId,
        stock_location_id: fulfillment.location_id,
        type: input.type,
        quantity: sign * quantity,
        level_after: levels.get(inventoryItemId)?.stocked ?? 0,
        actor_type: "system",
        reference,
      }))
    )
    return new StepResponse(
      { stock_location_id: fulfillment.location_id, inventory_item_ids: [...quantities.keys()] },
      movements.map((movement) => movement.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE).deleteStockMovements(ids)
  }
)
