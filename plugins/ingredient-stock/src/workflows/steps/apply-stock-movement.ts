import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { StockError } from "../../errors/stock-error"
import { INGREDIENT_STOCK_MODULE } from "../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../modules/ingredient-stock/service"
import { movementChange, type ManualMovementType } from "../../stock/movement-change"
import { levelsAt } from "../../stock/read-stock"
import { withStockLock } from "../../stock/stock-lock"

export const applyStockMovementStepId = "apply-stock-movement"

export type ApplyStockMovementInput = {
  stock_location_id: string
  inventory_item_id: string
  type: ManualMovementType
  quantity: number
  note?: string | null
  actor_type?: string
  actor_id?: string | null
}

type Applied = { movement_id: string; inventory_item_id: string; stock_location_id: string; previous_stocked: number }

/**
 * Changes the stocked quantity and writes the movement that explains it,
 * under the location's stock lock so that a checkout never reads a level
 * half-way through a count. Compensation puts the level back.
 */
export const applyStockMovementStep = createStep(
  applyStockMovementStepId,
  async (input: ApplyStockMovementInput, { container }) => {
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)

    const { movement, applied } = await withStockLock(container, input.stock_location_id, async () => {
      const level = (await levelsAt(container, [input.inventory_item_id], input.stock_location_id)).get(input.inventory_item_id)
      if (!level) {
        throw new StockError(404, "unknown_ingredient", `Inventory item ${input.inventory_item_id} is not stocked at location ${input.stock_location_id}.`)
      }
      const change = movementChange(input.type, input.quantity, level.stocked, level.reserved)
      await inventory.updateInventoryLevels([{ inventory_item_id: input.inventory_item_id, location_id: input.stock_location_id, stocked_quantity: change.levelAfter }])
      const movement = await stock.createStockMovements({
        inventory_item_id: input.inventory_item_id,
        stock_location_id: input.stock_location_id,
        type: input.type,
        quantity: change.delta,
        level_after: change.levelAfter,
        counted: change.counted,
        note: input.note ?? null,
        actor_type: input.actor_type ?? "user",
        actor_id: input.actor_id ?? null,
      })
      const applied: Applied = {
        movement_id: movement.id,
        inventory_item_id: input.inventory_item_id,
        stock_location_id: input.stock_location_id,
        previous_stocked: level.stocked,
      }
      return { movement: { movement_id: movement.id, level_after: change.levelAfter }, applied }
    })
    return new StepResponse(movement, applied)
  },
  async (applied: Applied | undefined, { container }) => {
    if (!applied) return
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    await withStockLock(container, applied.stock_location_id, async () => {
      await inventory.updateInventoryLevels([{ inventory_item_id: applied.inventory_item_id, location_id: applied.stock_location_id, stocked_quantity: applied.previous_stocked }])
      await stock.deleteStockMovements(applied.movement_id)
    })
  }
)
