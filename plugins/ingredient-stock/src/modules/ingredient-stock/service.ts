import { MedusaService } from "@medusajs/framework/utils"
import { Ingredient } from "./models/ingredient"
import { IngredientLocation } from "./models/ingredient-location"
import { MenuPause } from "./models/menu-pause"
import { StockMovement } from "./models/stock-movement"

/** CRUD over the ingredient records, their per-location settings, the ledger and the pauses. */
export default class IngredientStockModuleService extends MedusaService({
  Ingredient,
  IngredientLocation,
  StockMovement,
  MenuPause,
}) {}
