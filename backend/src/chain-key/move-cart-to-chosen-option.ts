import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartMadeAt } from "./assert-cart-made-at"
import { deliveringPizzeria, placeableAddress } from "./delivering-pizzeria"
import { coversSeveralChannels, keyChannels, pizzeriasOfKey } from "./pizzerias-of-key"
import { storeOptionsAmong, zoneDeliveryOptionAt } from "./store-options"

type ShippingMethod = { option_id?: unknown }

/**
 * POST /store/carts/:id/shipping-methods from a client holding the chain's
 * key, before Medusa adds the method:
 * - another pizzeria's pickup (the chain's key lists every pizzeria's, see
 *   ./pickup-options-elsewhere.ts): the cart moves to that pizzeria;
 * - delivery, on a cart whose address another pizzeria delivers (a customer
 *   who chose a pickup elsewhere, then delivery): the cart moves to that
 *   pizzeria, and the method is its delivery.
 * Medusa then adds the method at the cart's new pizzeria, under its own
 * checks; the lines stay as they are (prices are the region's, the same at
 * every pizzeria), checked against that kitchen first (lines it cannot make
 * refuse the choice, ./assert-cart-made-at.ts), and again at checkout.
 */
export async function moveCartToChosenOption(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  if (!coversSeveralChannels(keyChannels(req))) return next()
  const body = (req.validatedBody ?? req.body ?? {}) as ShippingMethod | ShippingMethod[]
  const methods = Array.isArray(body) ? body : [body]
  if (methods.length !== 1 || typeof methods[0]?.option_id !== "string") return next()
  const chosen = (await storeOptionsAmong(req.scope, [methods[0].option_id])).get(methods[0].option_id)
  if (!chosen) return next()

  const [{ data: carts }, pizzerias] = await Promise.all([
    req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id", "sales_channel_id", "shipping_address.*"], filters: { id: req.params.id } }),
    pizzeriasOfKey(req.scope, keyChannels(req)),
  ])
  const cart = carts[0]
  if (!cart) return next()

  let target = pizzerias.find((pizzeria) => pizzeria.stock_location_id === chosen.stock_location_id)
  if (chosen.kind === "zone-delivery") {
    const address = placeableAddress(cart.shipping_address)
    const delivering = address ? await deliveringPizzeria(req.scope, address, pizzerias) : undefined
    // no pizzeria delivers it: Medusa adds the method, and the zoning check says why not
    if (!delivering) return next()
    if (delivering.stock_location_id !== chosen.stock_location_id) {
      const option = await zoneDeliveryOptionAt(req.scope, delivering.stock_location_id)
      if (!option) return next()
      methods[0].option_id = option
    }
    target = delivering
  }
  if (target && target.sales_channel_id !== cart.sales_channel_id) {
    await assertCartMadeAt(req.scope, cart.id, target.stock_location_id)
    await updateCartWorkflow(req.scope).run({ input: { id: req.params.id, sales_channel_id: target.sales_channel_id } })
  }
  next()
}
