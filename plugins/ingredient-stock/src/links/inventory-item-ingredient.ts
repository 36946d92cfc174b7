import { defineLink } from "@medusajs/framework/utils"
import InventoryModule from "@medusajs/medusa/inventory"
import IngredientStockModule from "../modules/ingredient-stock"

/** Read-only, the other way: `inventory_item.ingredient` in query.graph. */
export default defineLink(
  { linkable: InventoryModule.linkable.inventoryItem, field: "id" },
  { ...IngredientStockModule.linkable.ingredient.id, primaryKey: "inventory_item_id" },
  { readOnly: true }
)
