import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { INGREDIENT_STOCK_MODULE } from ".."
import IngredientStockModuleService from "../service"

jest.setTimeout(60_000)

// The module alone on real PostgreSQL (Medusa's module runner: a database of its own, the plugin's migrations).
moduleIntegrationTestRunner<IngredientStockModuleService>({
  moduleName: INGREDIENT_STOCK_MODULE,
  resolve: "./src/modules/ingredient-stock",
  moduleOptions: { lock: { timeoutMs: 5000 } },
  testSuite: ({ service }) => {
    it("one ingredient record per inventory item, with a threshold per location", async () => {
      const ingredient = await service.createIngredients({ inventory_item_id: "iitem_mozza", unit: "g", allergens: { list: ["milk"] } } as never)
      await expect(service.createIngredients({ inventory_item_id: "iitem_mozza", unit: "ml" } as never)).rejects.toThrow()
      await service.createIngredientLocations({ ingredient_id: ingredient.id, stock_location_id: "sloc_1", low_stock_threshold: 2000 } as never)
      await expect(service.createIngredientLocations({ ingredient_id: ingredient.id, stock_location_id: "sloc_1", low_stock_threshold: 10 } as never)).rejects.toThrow()
      const [read] = await service.listIngredients({ inventory_item_id: "iitem_mozza" }, { relations: ["locations"] })
      expect(read.locations.map((location) => [location.stock_location_id, Number(location.low_stock_threshold)])).toEqual([["sloc_1", 2000]])
    })

    it("one pause per dish and location; a resumed dish can be paused again", async () => {
      const pause = await service.createMenuPauses({ product_id: "prod_1", stock_location_id: "sloc_1", reason: "Oven" } as never)
      await expect(service.createMenuPauses({ product_id: "prod_1", stock_location_id: "sloc_1", reason: "Again" } as never)).rejects.toThrow()
      await service.createMenuPauses({ product_id: "prod_1", stock_location_id: "sloc_2", reason: "Elsewhere" } as never)
      await service.softDeleteMenuPauses(pause.id)
      await expect(service.createMenuPauses({ product_id: "prod_1", stock_location_id: "sloc_1", reason: "Tomorrow too" } as never)).resolves.toBeDefined()
    })

    it("keeps the ledger's signed quantities and levels exactly", async () => {
      await service.createStockMovements([
        { inventory_item_id: "iitem_mozza", stock_location_id: "sloc_1", type: "receipt", quantity: 2000.5, level_after: 2000.5 },
        { inventory_item_id: "iitem_mozza", stock_location_id: "sloc_1", type: "waste", quantity: -150.25, level_after: 1850.25 },
      ] as never)
      const movements = await service.listStockMovements({ stock_location_id: "sloc_1" }, { order: { created_at: "ASC" } })
      expect(movements.map((movement) => [movement.type, Number(movement.quantity), Number(movement.level_after)])).toEqual([
        ["receipt", 2000.5, 2000.5],
        ["waste", -150.25, 1850.25],
      ])
    })

    it("holds its lock options", async () => {
      expect(await service.lockTiming()).toMatchObject({ timeoutMs: 5000 })
    })
  },
})
