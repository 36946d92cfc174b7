import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartCanBeMade, locationOfSalesChannel } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { cartItemsFor } from "@/customisation/cart-items"
import type { PostCustomisedItemType } from "../../validators"

type CartRow = { id: string; region_id: string; currency_code: string; sales_channel_id: string | null; completed_at: string | null }

/**
 * POST /store/carts/:id/customised-items { variant_id, quantity, remove, add }:
 * adds a pizza made otherwise than its recipe ("sans oignons", "+ chorizo").
 * The server prices it (the size's price plus its extras', from the recipe's
 * options) and writes the choice on the line (`metadata.customisation`); the
 * same choice asked again adds to the same line. Refused: 422
 * `removal_not_allowed`, `extra_not_offered`, `too_many_extras`; 400
 * `customisation_invalid`; 409 `insufficient_stock` when the pizzeria cannot
 * make it now. A choice with nothing removed or added is the plain dish.
 */
export async function POST(req: MedusaStoreRequest<PostCustomisedItemType>, res: MedusaResponse): Promise<void> {
  const { variant_id, quantity, remove, add } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "region_id", "currency_code", "sales_channel_id", "completed_at"], filters: { id: req.params.id } })
  const cart = carts[0] as CartRow | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`)

  const [{ item, kit }] = await cartItemsFor(req.scope, [{ variant_id, quantity, remove, add }], { region_id: cart.region_id, currency_code: cart.currency_code })

  // a pizza it cannot make now is refused here, not at checkout; the checkout checks again under the pizzeria's lock
  if (kit && cart.sales_channel_id) {
    const stockLocationId = await locationOfSalesChannel(req.scope, cart.sales_channel_id)
    await assertCartCanBeMade(req.scope, { items: [{ id: "new", quantity, variant_id, product_title: null, variant_title: null }] }, stockLocationId, {
      lineKits: { new: kit },
    })
  }
  await addToCartWorkflow(req.scope).run({ input: { cart_id: cart.id, items: [item] } })
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "total",
      "subtotal",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      "items.metadata",
      "items.product_title",
      "items.variant_title",
    ],
    filters: { id: cart.id },
  })
  res.json({ cart: data[0] })
}
