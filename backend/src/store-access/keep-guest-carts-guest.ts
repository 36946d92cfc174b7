import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { guestCustomerFor } from "./guest-customer-for"
import { signedInCustomer } from "./order-holder"

/**
 * Before Medusa sets a cart's e-mail (POST /store/carts/:id): a cart without
 * a customer first gets the guest customer for an account's e-mail typed by
 * someone else (see guest-customer-for.ts), which Medusa then keeps.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export async function keepGuestCartsGuest(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const email = (req.body as { email?: unknown } | undefined)?.email
  // Medusa's own validation runs after: leave a body it will refuse untouched
  if (typeof email !== "string" || !EMAIL.test(email)) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  // an unknown cart is the route's 404; a cart with a customer keeps it (Medusa only looks up carts without one)
  if (!carts[0] || carts[0].customer_id) return next()
  const guestId = await guestCustomerFor(req.scope, email, signedInCustomer(req))
  if (guestId) await req.scope.resolve(Modules.CART).updateCarts(req.params.id, { customer_id: guestId })
  next()
}
