import { MedusaService } from "@medusajs/framework/utils"
import { DEFAULT_STOCK_LOCK_TIMING, ingredientStockOptionsSchema, type StockLockTiming } from "../../options"
import { Ingredient } from "./models/ingredient"
import { IngredientLocation } from "./models/ingredient-location"
import { MenuPause } from "./models/menu-pause"
import { StockMovement } from "./models/stock-movement"

/** CRUD over the ingredient records, their per-location settings, the ledger and the pauses; holds the plugin's options. */
export default class IngredientStockModuleService extends MedusaService({
  Ingredient,
  IngredientLocation,
  StockMovement,
  MenuPause,
}) {
  protected readonly lockTiming_: StockLockTiming

  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
    // the loader already refused bad options; Medusa adds its own database key
    const { database: _database, ...own } = options ?? {}
    this.lockTiming_ = { ...DEFAULT_STOCK_LOCK_TIMING, ...ingredientStockOptionsSchema.parse(own).lock }
  }

  /** How long checkouts wait for a pizzeria's stock lock, and how long a dead holder keeps it. */
  async lockTiming(): Promise<StockLockTiming> {
    return this.lockTiming_
  }
}
