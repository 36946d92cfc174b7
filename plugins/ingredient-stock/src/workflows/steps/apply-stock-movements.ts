import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { StockError } from "../../errors/stock-error"
import { INGREDIENT_STOCK_MODULE } from "../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../modules/ingredient-stock/service"
import { movementChange, type ManualMovementType } from "../../stock/movement-change"
import { levelsAt } from "../../stock/read-stock"
import { withStockLock } from "../../stock/stock-lock"

export const applyStockMovementsStepId = "apply-stock-movements"

export type ApplyStockMovementsInput = {
  stock_location_id: string
  movements: { inventory_item_id: string; type: ManualMovementType; quantity: number }[]
  note?: string | null
  actor_type?: string
  actor_id?: string | null
}

/** What the step changed: each ingredient's net change, undone as a change (not a level written back) so later movements stand. */
type Undo = { stock_location_id: string; movement_ids: string[]; changes: { inventory_item_id: string; delta: number }[] }

/**
 * Several movements at one location at once (the ingredients of a dish
 * thrown away, say): each level and its ledger line, all or none, under the
 * location's stock lock. Compensation takes the changes back (a sale
 * recorded meanwhile stands) and drops the lines.
 */
export const applyStockMovementsStep = createStep(
  applyStockMovementsStepId,
  async (input: ApplyStockMovementsInput, { container }) => {
    if (!input.movements.length) {
      return new StepResponse<{ movement_ids: string[] }, Undo>({ movement_ids: [] }, { stock_location_id: input.stock_location_id, movement_ids: [], changes: [] })
    }
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)

    const undo = await withStockLock(container, input.stock_location_id, async (): Promise<Undo> => {
      const levels = await levelsAt(container, [...new Set(input.movements.map((movement) => movement.inventory_item_id))], input.stock_location_id)
      const previous = new Map<string, number>()
      const changes = input.movements.map((movement) => {
        const level = levels.get(movement.inventory_item_id)
        if (!level) {
          throw new StockError(404, "unknown_ingredient", `Inventory item ${movement.inventory_item_id} is not stocked at location ${input.stock_location_id}.`)
        }
        if (!previous.has(movement.inventory_item_id)) previous.set(movement.inventory_item_id, level.stocked)
        const change = movementChange(movement.type, movement.quantity, level.stocked, level.reserved)
        // a second movement of the same ingredient starts from where the first left it
        level.stocked = change.levelAfter
        return { movement, change }
      })
      await inventory.updateInventoryLevels(
        [...previous.keys()].map((inventoryItemId) => ({
          inventory_item_id: inventoryItemId,
          location_id: input.stock_location_id,
          stocked_quantity: levels.get(inventoryItemId)!.stocked,
        }))
      )
      const movements = await stock.createStockMovements(
        changes.map(({ movement, change }) => ({
          inventory_item_id: movement.inventory_item_id,
          stock_location_id: input.stock_location_id,
          type: movement.type,
          quantity: change.delta,
          level_after: change.levelAfter,
          counted: change.counted,
          note: input.note ?? null,
          actor_type: input.actor_type ?? "user",
          actor_id: input.actor_id ?? null,
        }))
      )
      return {
        stock_location_id: input.stock_location_id,
        movement_ids: movements.map((movement) => movement.id),
        changes: [...previous].map(([inventory_item_id, stocked]) => ({ inventory_item_id, delta: levels.get(inventory_item_id)!.stocked - stocked })),
      }
    })
    return new StepResponse<{ movement_ids: string[] }, Undo>({ movement_ids: undo.movement_ids }, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo?.movement_ids.length) return
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    await withStockLock(container, undo.stock_location_id, async () => {
      for (const change of undo.changes) {
        if (change.delta) await inventory.adjustInventory(change.inventory_item_id, undo.stock_location_id, -change.delta)
      }
      await stock.deleteStockMovements(undo.movement_ids)
    })
  }
)
