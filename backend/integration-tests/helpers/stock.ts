import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** An ingredient's level at a pizzeria, read from Medusa's inventory module: what is on the shelf and what orders hold. */
export async function ingredientLevel(container: MedusaContainer, inventoryItemId: string, locationId: string): Promise<{ stocked: number; reserved: number }> {
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
  if (!level) throw new Error(`no inventory level of ${inventoryItemId} at ${locationId}`)
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}
