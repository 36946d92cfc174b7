import type { MedusaContainer } from "@medusajs/framework/types"
import { StockError } from "../errors/stock-error"
import { INGREDIENT_STOCK_MODULE } from "../modules/ingredient-stock"
import type IngredientStockModuleService from "../modules/ingredient-stock/service"

/**
 * Refuses dishes switched off at this location ("not tonight", a pause in
 * force), naming them with the manager's reason: 409 `dish_unavailable`
 * with `details.dishes`. A menu shows them unavailable; an order must not
 * slip past it.
 */
export async function assertDishesOnMenu(
  container: MedusaContainer,
  stockLocationId: string,
  dishes: { product_id: string | null; title: string | null }[],
  now = new Date()
): Promise<void> {
  const productIds = [...new Set(dishes.flatMap((dish) => (dish.product_id ? [dish.product_id] : [])))]
  if (!productIds.length) return
  const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const pauses = (await stock.listMenuPauses({ stock_location_id: stockLocationId, product_id: productIds })).filter((pause) => !pause.until || new Date(pause.until) > now)
  if (!pauses.length) return
  const paused = pauses.map((pause) => ({
    product_id: pause.product_id,
    title: dishes.find((dish) => dish.product_id === pause.product_id)?.title ?? pause.product_id,
    reason: pause.reason,
  }))
  const listed = paused.map((dish) => `${dish.title} (${dish.reason})`).join(", ")
  throw new StockError(
    409,
    "dish_unavailable",
    { fr: `Indisponible ici pour le moment : ${listed}.`, en: `Not available here right now: ${listed}.` },
    {
      stock_location_id: stockLocationId,
      dishes: paused,
    }
  )
}
