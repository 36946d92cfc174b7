import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { INGREDIENT_STOCK_MODULE, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { upsertRecipeWorkflow } from "@oc-pizza/medusa-plugin-recipes/workflows"
import { demo } from "./data"
import type { LoadedPizzeria } from "./load-pizzerias"

/**
 * The kitchen's side of the menu: an ingredient record (unit, allergens,
 * cost, per-pizzeria threshold) for every stocked item, and a recipe for
 * every pizza, with what a customer may change on it (its toppings left out,
 * the chain's extras), saved through the recipes plugin's workflow.
 */
export async function loadKitchen(container: MedusaContainer, pizzerias: LoadedPizzeria[]): Promise<void> {
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({}, { select: ["id", "sku"] })
  const itemId = new Map(items.map((item) => [item.sku as string, item.id]))
  const idOf = (sku: string) => {
    const id = itemId.get(sku)
    if (!id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Demo data: no inventory item ${sku}`)
    return id
  }

  const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const records = [
    ...demo.ingredients.map((ingredient) => ({
      sku: ingredient.sku,
      unit: ingredient.unit,
      allergens: ingredient.allergens,
      unit_cost: ingredient.unit_cost,
      low: ingredient.low_stock,
    })),
    ...[...demo.drinks, ...demo.desserts].map((item) => ({ sku: item.sku, unit: "piece" as const, allergens: item.allergens, unit_cost: null, low: 6 })),
  ]
  const created = await stock.createIngredients(
    records.map((record) => ({ inventory_item_id: idOf(record.sku), unit: record.unit, allergens: { list: record.allergens }, unit_cost: record.unit_cost }))
  )
  const lowBySku = new Map(records.map((record) => [record.sku, record.low]))
  const skuById = new Map(records.map((record) => [idOf(record.sku), record.sku]))
  await stock.createIngredientLocations(
    created.flatMap((ingredient) =>
      pizzerias.map((pizzeria) => ({
        ingredient_id: ingredient.id,
        stock_location_id: pizzeria.locationId,
        low_stock_threshold: Math.round((lowBySku.get(skuById.get(ingredient.inventory_item_id)!) ?? 0) * pizzeria.stock_scale),
      }))
    )
  )

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.sku"],
    filters: { handle: demo.pizzas.map((pizza) => pizza.handle) },
  })
  for (const pizza of demo.pizzas) {
    const product = products.find((candidate) => candidate.handle === pizza.handle)
    if (!product) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Demo data: pizza ${pizza.handle} was not created`)
    const variantOfSize = (code: string) => product.variants.find((variant) => variant?.sku?.endsWith(`-${code}`))!.id
    await upsertRecipeWorkflow(container).run({
      input: {
        product_id: product.id,
        steps: pizza.steps,
        bake_minutes: pizza.bake.minutes,
        bake_temperature_c: pizza.bake.temperature_c,
        items: demo.sizes.flatMap((size, index) =>
          Object.entries(pizza.ingredients).map(([sku, quantities]) => ({
            variant_id: variantOfSize(size.code),
            inventory_item_id: idOf(sku),
            quantity: quantities[index],
          }))
        ),
        options: {
          removable: Object.keys(pizza.ingredients)
            .filter((sku) => !demo.customisation.never_removed.includes(sku))
            .map(idOf),
          extras: demo.customisation.extras.map((extra) => ({
            inventory_item_id: idOf(extra.sku),
            sizes: demo.sizes.map((size, index) => ({ variant_id: variantOfSize(size.code), price: extra.prices[index], quantity: extra.quantities[index] })),
          })),
          max_extras: demo.customisation.max_extras,
        },
      },
    })
  }
}
