import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { RECIPES_MODULE } from ".."
import RecipesModuleService from "../service"

jest.setTimeout(60_000)

// The module alone on real PostgreSQL (Medusa's module runner: a database of its own, the plugin's migrations).
moduleIntegrationTestRunner<RecipesModuleService>({
  moduleName: RECIPES_MODULE,
  resolve: "./src/modules/recipes",
  testSuite: ({ service }) => {
    it("keeps a recipe with its items, one recipe per product", async () => {
      const recipe = await service.createRecipes({
        product_id: "prod_1",
        steps: { list: ["Spread the sauce"] },
        bake_minutes: 4,
        items: [
          { variant_id: "variant_s", inventory_item_id: "iitem_mozza", quantity: 80 },
          { variant_id: "variant_l", inventory_item_id: "iitem_mozza", quantity: 150 },
        ],
      } as never)
      const [read] = await service.listRecipes({ product_id: "prod_1" }, { relations: ["items"] })
      expect(read).toMatchObject({ id: recipe.id, bake_minutes: 4 })
      expect(read.items.map((item) => [item.variant_id, Number(item.quantity)]).sort()).toEqual([
        ["variant_l", 150],
        ["variant_s", 80],
      ])
      await expect(service.createRecipes({ product_id: "prod_1", items: [] } as never)).rejects.toThrow()
    })

    it("refuses the same ingredient twice for one variant, and frees the pair once the item is deleted", async () => {
      const recipe = await service.createRecipes({ product_id: "prod_2" } as never)
      await service.createRecipeItems({ recipe_id: recipe.id, variant_id: "v", inventory_item_id: "i", quantity: 1 } as never)
      await expect(service.createRecipeItems({ recipe_id: recipe.id, variant_id: "v", inventory_item_id: "i", quantity: 2 } as never)).rejects.toThrow()
      const [item] = await service.listRecipeItems({ recipe_id: recipe.id })
      await service.softDeleteRecipeItems(item.id)
      await expect(service.createRecipeItems({ recipe_id: recipe.id, variant_id: "v", inventory_item_id: "i", quantity: 3 } as never)).resolves.toBeDefined()
    })

    it("names an inventory item once", async () => {
      await service.createRecipeIngredients({ inventory_item_id: "iitem_basil", name: "Basilic" } as never)
      await expect(service.createRecipeIngredients({ inventory_item_id: "iitem_basil", name: "Basil" } as never)).rejects.toThrow()
    })
  },
})
