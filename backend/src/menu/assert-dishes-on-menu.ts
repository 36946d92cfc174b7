import type { MedusaContainer } from "@medusajs/framework/types"
import { INGREDIENT_STOCK_MODULE, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { DomainError } from "../errors/domain-error"

/**
 * Refuses dishes a manager switched off at this pizzeria ("not tonight"),
 * naming them with the manager's reason: the menu shows them unavailable,
 * and an order must not slip past it.
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
  throw new DomainError(409, "dish_unavailable", `Not available at this pizzeria right now: ${paused.map((dish) => `${dish.title} (${dish.reason})`).join(", ")}.`, {
    stock_location_id: stockLocationId,
    dishes: paused,
  })
}
