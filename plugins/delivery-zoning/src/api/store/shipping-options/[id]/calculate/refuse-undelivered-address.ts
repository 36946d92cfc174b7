import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withCodedErrors } from "@oc-pizza/api-types"
import { assertDeliveryOptionUsable, type CartChoosingDelivery } from "../../../../../checkout/assert-delivery-option-usable"

/**
 * POST /store/shipping-options/:id/calculate for zone-priced delivery: an
 * address no zone of the location covers answers `422 outside_delivery_area`
 * (`address_not_found` when it cannot be placed) instead of Medusa's 200
 * without an amount. The minimum is not checked here: the price is still
 * shown, and choosing the option says what is missing. Runs before Medusa's
 * route, and answers its refusals itself (any store's error handler), in the
 * request's language, else the cart's (Medusa prices and translates the
 * option in the cart's locale too).
 */
export const refuseUndeliveredAddress = withCodedErrors(async function refuseUndeliveredAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const cartId = ((req.validatedBody ?? req.body) as { cart_id?: unknown } | undefined)?.cart_id
  if (typeof cartId !== "string") return next()
  const { data: carts } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "locale", "currency_code", "shipping_address.*", "items.unit_price", "items.quantity"],
    filters: { id: cartId },
  })
  const cart = carts[0] as (CartChoosingDelivery & { locale?: string | null }) | undefined
  // an unknown cart: Medusa's route answers it
  if (!cart) return next()
  req.locale ??= cart.locale ?? undefined
  await assertDeliveryOptionUsable(req.scope, cart, [req.params.id], { minimum: false })
  next()
})
