import type { IInventoryService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StockError } from "../errors/stock-error"
import type { KitPart } from "./ingredient-needs"

/**
 * The stock location that serves a sales channel. A restaurant's channel has
 * exactly one (OC Pizza: one per pizzeria); with several, the first by id.
 */
export async function locationOfSalesChannel(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: salesChannelId } })
  const locations = (data[0]?.stock_locations ?? []) as ({ id: string } | null)[]
  const ids = locations.flatMap((location) => (location ? [location.id] : [])).sort()
  if (!ids.length) {
    throw new StockError(409, "no_stock_location", `Sales channel ${salesChannelId} has no stock location to take ingredients from.`)
  }
  return ids[0]
}

/** Each variant's inventory kit (what one unit consumes). Variants without managed inventory have none. */
export async function kitsOfVariants(container: MedusaContainer, variantIds: string[]): Promise<Map<string, KitPart[]>> {
  if (!variantIds.length) return new Map()
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: variantIds },
  })
  return new Map(
    data.map((variant) => [
      variant.id,
      variant.manage_inventory
        ? ((variant.inventory_items ?? []) as ({ inventory_item_id: string; required_quantity: number } | null)[]).flatMap((part) =>
            part ? [{ inventory_item_id: part.inventory_item_id, required_quantity: Number(part.required_quantity) }] : []
          )
        : [],
    ])
  )
}

export type Level = { stocked: number; reserved: number; available: number }

/** Stocked, reserved and available quantities of items at one location, read now. */
export async function levelsAt(container: MedusaContainer, inventoryItemIds: string[], stockLocationId: string): Promise<Map<string, Level>> {
  if (!inventoryItemIds.length) return new Map()
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: inventoryItemIds, location_id: stockLocationId },
    { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] }
  )
  return new Map(
    levels.map((level) => {
      const stocked = Number(level.stocked_quantity)
      const reserved = Number(level.reserved_quantity)
      return [level.inventory_item_id, { stocked, reserved, available: stocked - reserved }]
    })
  )
}

/** Names and units of items, for messages people read. */
export async function itemLabels(container: MedusaContainer, inventoryItemIds: string[]): Promise<Map<string, { name: string; unit: string }>> {
  if (!inventoryItemIds.length) return new Map()
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "title", "sku", "ingredient.unit"],
    filters: { id: inventoryItemIds },
  })
  return new Map(data.map((item) => [item.id, { name: item.title ?? item.sku ?? item.id, unit: (item as { ingredient?: { unit?: string } | null }).ingredient?.unit ?? "" }]))
}
