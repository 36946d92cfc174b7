import type { MedusaContainer } from "@medusajs/framework/types"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"

/**
 * Whether the counter opened this cart (a phone or walk-in order). Read from
 * the kitchen module's own record, which only the counter workflow writes:
 * never from the cart's metadata, which any customer can set through the
 * store API.
 */
export async function isCounterCart(container: MedusaContainer, cartId: string): Promise<boolean> {
  const [mark] = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).listCounterCarts({ cart_id: cartId }, { select: ["id"], take: 1 })
  return Boolean(mark)
}
