import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { signedInCustomer } from "./order-holder"

/**
 * Before Medusa sets a cart's e-mail (POST /store/carts/:id): Medusa gives a
 * cart without a customer the customer found by that e-mail, a registered
 * one included. A guest typing an account's address would then lose their
 * own cart (a registered customer's cart is that customer's alone) and put
 * an order in someone's account. Unless the caller is signed in as that
 * account, the cart first gets a guest customer for the e-mail, which Medusa
 * then keeps.
 */
export async function keepGuestCartsGuest(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const given = (req.body as { email?: unknown } | undefined)?.email
  if (typeof given !== "string" || !given.trim()) return next()
  const email = given.trim().toLowerCase()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  // an unknown cart is the route's 404; a cart with a customer keeps it (Medusa only looks up carts without one)
  if (!carts[0] || carts[0].customer_id) return next()
  const customers = req.scope.resolve(Modules.CUSTOMER)
  const [registered] = await customers.listCustomers({ email, has_account: true }, { select: ["id"], take: 1 })
  if (!registered || registered.id === signedInCustomer(req)) return next()
  const [guest] = await customers.listCustomers({ email, has_account: false }, { select: ["id"], take: 1 })
  const customerId = guest?.id ?? (await customers.createCustomers({ email })).id
  await req.scope.resolve(Modules.CART).updateCarts(req.params.id, { customer_id: customerId })
  next()
}
