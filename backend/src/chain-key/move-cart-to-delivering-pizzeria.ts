import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCartMadeAt } from "./assert-cart-made-at"
import { deliveringPizzeria, placeableAddress } from "./delivering-pizzeria"
import { coversSeveralChannels, keyChannels, pizzeriasOfKey } from "./pizzerias-of-key"
import { storeOptionsAmong } from "./store-options"

type CartUpdate = { shipping_address?: unknown; sales_channel_id?: unknown }

/**
 * POST /store/carts/:id with a shipping address, from a client holding the
 * chain's key that names no channel: the cart moves, in the same update, to
 * the pizzeria that delivers that address, as our shop moves it. The lines
 * stay as they are (prices are the region's, the same at every pizzeria),
 * checked against that kitchen first: lines it cannot make refuse the move
 * (./assert-cart-made-at.ts), and the checkout checks them again. An address no
 * pizzeria delivers leaves the cart where it is (the shipping step says why);
 * a cart whose customer chose a pickup stays at that pizzeria (choosing
 * delivery then moves it, ./move-cart-to-chosen-option.ts).
 */
export async function moveCartToDeliveringPizzeria(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const update = (req.validatedBody ?? req.body ?? {}) as CartUpdate
  const address = placeableAddress(update.shipping_address)
  if (!address || update.sales_channel_id !== undefined) return next()
  if (!coversSeveralChannels(keyChannels(req))) return next()

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, pizzerias] = await Promise.all([
    query.graph({ entity: "cart", fields: ["id", "sales_channel_id", "shipping_methods.shipping_option_id"], filters: { id: req.params.id } }),
    pizzeriasOfKey(req.scope, keyChannels(req)),
  ])
  const cart = carts[0]
  if (!cart) return next()
  const chosenOptions = (cart.shipping_methods ?? []).flatMap((method) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
  const chosen = await storeOptionsAmong(req.scope, chosenOptions)
  if ([...chosen.values()].some((option) => option.kind === "pickup")) return next()

  const target = await deliveringPizzeria(req.scope, address, pizzerias)
  if (target && target.sales_channel_id !== cart.sales_channel_id) {
    await assertCartMadeAt(req.scope, cart.id, target.stock_location_id)
    req.body = { ...(req.body as object), sales_channel_id: target.sales_channel_id }
    if (req.validatedBody) (req.validatedBody as CartUpdate).sales_channel_id = target.sales_channel_id
  }
  next()
}
