import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StockError } from "../errors/stock-error"

/** 404 `unknown_inventory_item` unless Medusa's inventory has this item: an ingredient record is never an orphan. */
export async function assertInventoryItemExists(container: MedusaContainer, inventoryItemId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "inventory_item", fields: ["id"], filters: { id: inventoryItemId } })
  if (data.length === 0) throw new StockError(404, "unknown_inventory_item", `Inventory item ${inventoryItemId} does not exist.`, { inventory_item_id: inventoryItemId })
}

/** 404 `unknown_product` unless the store has this product: a pause is never for a dish that is not there. */
export async function assertProductExists(container: MedusaContainer, productId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productId } })
  if (data.length === 0) throw new StockError(404, "unknown_product", `Product ${productId} does not exist.`, { product_id: productId })
}
