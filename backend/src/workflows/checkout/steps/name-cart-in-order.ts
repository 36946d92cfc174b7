import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHECKOUT_CART_KEY } from "@/orders/same-basket"

export const nameCartInOrderStepId = "name-cart-in-order"

/**
 * Writes the cart's own id into its metadata, which Medusa's completion
 * copies into the order: an order whose link to its cart was never written
 * (a process killed inside the completion) still names its cart, and the
 * repair (orders/repair-cut-short-completions.ts) need not guess it among
 * carts with the same e-mail and lines. Whatever a client wrote under the
 * key is overwritten; the module merges metadata, so the other keys stay.
 * A cart that does not exist is left to the completion to refuse.
 *
 * No compensation: the mark is true of the cart whatever the checkout's
 * outcome, and taking it off when this run fails could take it from a
 * second run of the same cart (a double click) that is completing it now.
 */
export const nameCartInOrderStep = createStep(nameCartInOrderStepId, async ({ cart_id }: { cart_id: string }, { container }) => {
  const carts = container.resolve(Modules.CART)
  const [cart] = await carts.listCarts({ id: cart_id }, { select: ["id", "metadata"] })
  if (cart && cart.metadata?.[CHECKOUT_CART_KEY] !== cart_id) await carts.updateCarts([{ id: cart_id, metadata: { [CHECKOUT_CART_KEY]: cart_id } }])
  return new StepResponse(undefined)
})
