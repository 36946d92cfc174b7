import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DeliveryAddress } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { deliveringPizzeria, isPlaceable } from "./delivering-pizzeria"
import { pickupOptionsAmong } from "./pickup-options"
import { coversSeveralChannels, keyChannels, pizzeriasOfKey } from "./pizzerias-of-key"

type CartUpdate = { shipping_address?: DeliveryAddress | null; sales_channel_id?: string }

/**
 * POST /store/carts/:id with a shipping address, from a client holding the
 * chain's key that names no channel: the cart moves, in the same update, to
 * the pizzeria that delivers that address, as our shop moves it. Medusa's
 * update re-prices its lines on the new channel, and the checkout checks them
 * against that kitchen's stock. An address no pizzeria delivers leaves the
 * cart where it is (the shipping step says why); a cart whose customer chose
 * a pickup stays at that pizzeria.
 */
export async function moveCartToDeliveringPizzeria(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const update = (req.validatedBody ?? req.body ?? {}) as CartUpdate
  const address = update.shipping_address
  if (!isPlaceable(address) || update.sales_channel_id !== undefined) return next()
  if (!coversSeveralChannels(keyChannels(req))) return next()

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, pizzerias] = await Promise.all([
    query.graph({ entity: "cart", fields: ["id", "sales_channel_id", "shipping_methods.shipping_option_id"], filters: { id: req.params.id } }),
    pizzeriasOfKey(req.scope, keyChannels(req)),
  ])
  const cart = carts[0]
  if (!cart) return next()
  const chosenOptions = (cart.shipping_methods ?? []).flatMap((method) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
  if ((await pickupOptionsAmong(req.scope, chosenOptions)).size > 0) return next()

  const target = await deliveringPizzeria(req.scope, address, pizzerias)
  if (target && target.sales_channel_id !== cart.sales_channel_id) {
    req.body = { ...(req.body as object), sales_channel_id: target.sales_channel_id }
    if (req.validatedBody) (req.validatedBody as CartUpdate).sales_channel_id = target.sales_channel_id
  }
  next()
}
