import { INGREDIENT_STOCK_MODULE, recordStockMovementsWorkflow, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { gramsOfKilograms } from "./clean-values"
import { ensureLevels } from "./ensure-levels"
import { groupBy } from "./group-by"
import { isDryRunId, LEGACY_IMPORT_ACTOR, type ImportContext, type ImportedPizzeria } from "./import-context"
import { refusal } from "./refusal"
import { Ingredient, Stock } from "./source/entities"

/**
 * Each pizzeria's levels as a `count` movement per ingredient (kilograms ×
 * 1000 = grams), one workflow run per pizzeria: level and ledger line
 * together. A re-run counts again only what changed in the old system since
 * the last import's count of it, so a level moved since by sales or receipts
 * is not reset to an old count that has not changed.
 */
export async function importStock(context: ImportContext, pizzerias: Map<number, ImportedPizzeria>, ingredients: Map<number, string>): Promise<void> {
  const { container, source, report, options } = context
  const rows = await source.all(Stock)
  const stocked = new Set(rows.map((row) => row.ingredient_id))
  for (const ingredient of await source.all(Ingredient)) {
    if (!stocked.has(ingredient.id))
      report.warn({ table: "ingredient", key: String(ingredient.id), reason: "stocked_nowhere", detail: `${ingredient.nom}: at 0 in every pizzeria` })
  }
  const byPizzeria = groupBy(rows, (row) => row.pizzeria_id)

  const ledger = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  for (const [pizzeriaId, levels] of byPizzeria) {
    report.read("stock", levels.length)
    const pizzeria = pizzerias.get(pizzeriaId)
    const wanted = levels.flatMap((row) => {
      const key = `${row.pizzeria_id}/${row.ingredient_id}`
      const itemId = ingredients.get(row.ingredient_id)
      if (!pizzeria || !itemId) {
        report.setAsideRow("stock", { table: "stock", key, reason: pizzeria ? "ingredient_set_aside" : "pizzeria_set_aside", detail: `${Number(row.quantite)} kg not counted` })
        return []
      }
      return [{ key, inventory_item_id: itemId, grams: gramsOfKilograms(row.quantite) }]
    })
    if (!pizzeria || !wanted.length) continue
    const locationId = pizzeria.locationId
    if (!options.dryRun)
      await ensureLevels(
        context,
        wanted.map((row) => row.inventory_item_id),
        [locationId]
      )
    // a dry run reads the counts of a pizzeria imported before (one it would open has none)
    const counts = isDryRunId(locationId)
      ? []
      : await ledger.listStockMovements(
          { stock_location_id: locationId, type: "count", actor_type: LEGACY_IMPORT_ACTOR },
          { select: ["inventory_item_id", "counted", "created_at"], order: { created_at: "DESC" }, take: null }
        )
    const lastCount = new Map<string, number>()
    for (const count of counts) if (!lastCount.has(count.inventory_item_id)) lastCount.set(count.inventory_item_id, Number(count.counted))
    const changed = wanted.filter((row) => lastCount.get(row.inventory_item_id) !== row.grams)
    report.outcome("stock", "unchanged", wanted.length - changed.length)
    if (!changed.length) continue
    if (options.dryRun) {
      for (const row of changed) report.outcome("stock", lastCount.has(row.inventory_item_id) ? "updated" : "created")
      continue
    }
    try {
      await recordStockMovementsWorkflow(container).run({
        input: {
          stock_location_id: locationId,
          movements: changed.map((row) => ({ inventory_item_id: row.inventory_item_id, type: "count" as const, quantity: row.grams })),
          note: "Reprise de l'ancien système : stock en kg × 1000",
          actor_type: LEGACY_IMPORT_ACTOR,
        },
      })
      for (const row of changed) report.outcome("stock", lastCount.has(row.inventory_item_id) ? "updated" : "created")
    } catch (error) {
      for (const row of changed) report.setAsideRow("stock", refusal("stock", row.key, error))
    }
  }
}
