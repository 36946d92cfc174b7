import { defineLink } from "@medusajs/framework/utils"
import InventoryModule from "@medusajs/medusa/inventory"
import IngredientStockModule from "../modules/ingredient-stock"

/** Read-only: the ingredient stores its inventory item's id; query.graph joins them both ways. */
export default defineLink({ linkable: IngredientStockModule.linkable.ingredient, field: "inventory_item_id" }, InventoryModule.linkable.inventoryItem, { readOnly: true })
