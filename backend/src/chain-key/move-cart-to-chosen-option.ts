import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { pickupOptionsAmong } from "./pickup-options"
import { coversSeveralChannels, keyChannels, pizzeriasOfKey } from "./pizzerias-of-key"

type ShippingMethodBody = { option_id?: unknown } | { option_id?: unknown }[]

/**
 * POST /store/carts/:id/shipping-methods choosing another pizzeria's pickup
 * (the chain key lists every pizzeria's, see ./pickup-options-elsewhere.ts):
 * the cart first moves to that pizzeria's channel, where Medusa then finds the
 * option valid and re-prices the lines.
 */
export async function moveCartToPickupPizzeria(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  if (!coversSeveralChannels(keyChannels(req))) return next()
  const body = (req.validatedBody ?? req.body ?? {}) as ShippingMethodBody
  const optionIds = (Array.isArray(body) ? body : [body]).flatMap((method) => (typeof method?.option_id === "string" ? [method.option_id] : []))
  const pickups = await pickupOptionsAmong(req.scope, optionIds)
  if (pickups.size !== 1) return next()
  const [location] = pickups.values()

  const [{ data: carts }, pizzerias] = await Promise.all([
    req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id", "sales_channel_id"], filters: { id: req.params.id } }),
    pizzeriasOfKey(req.scope, keyChannels(req)),
  ])
  const target = pizzerias.find((pizzeria) => pizzeria.stock_location_id === location)
  if (carts[0] && target && target.sales_channel_id !== carts[0].sales_channel_id) {
    await updateCartWorkflow(req.scope).run({ input: { id: req.params.id, sales_channel_id: target.sales_channel_id } })
  }
  next()
}
