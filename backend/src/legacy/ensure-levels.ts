import { Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { ImportContext } from "./import-context"

/** Each item stocked (at 0 until counted) at each location, making only the levels missing: a pizzeria a later run opened, an item a killed run left without them. */
export async function ensureLevels(context: Pick<ImportContext, "container">, itemIds: string[], locations: string[]): Promise<void> {
  if (!itemIds.length || !locations.length) return
  const levels = await context.container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: itemIds, location_id: locations }, { select: ["inventory_item_id", "location_id"], take: null })
  const present = new Set(levels.map((level) => `${level.inventory_item_id}/${level.location_id}`))
  const missing = itemIds.flatMap((itemId) =>
    locations.filter((location) => !present.has(`${itemId}/${location}`)).map((location_id) => ({ inventory_item_id: itemId, location_id, stocked_quantity: 0 }))
  )
  if (missing.length) await createInventoryLevelsWorkflow(context.container).run({ input: { inventory_levels: missing } })
}
