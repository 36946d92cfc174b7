import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isCounterCart } from "../counter/counter-carts"
import { DomainError } from "../errors/domain-error"
import { rememberAllowedCart } from "./allowed-cart"
import { holdsOrder, signedInCustomer, takeTrackingToken } from "./order-holder"
import { orderNotFound } from "../orders/order-not-found"
import { findStoreRule, type StoreScope } from "./store-access-policy"

/**
 * Refusals say "not found", the same as for an id that does not exist:
 * never a hint that the order or cart is there.
 */
const cartNotFound = () => new DomainError(404, "cart_not_found", { fr: "Nous ne trouvons pas ce panier.", en: "No cart with this id for you." })
const collectionNotFound = () =>
  new DomainError(404, "payment_collection_not_found", { fr: "Nous ne trouvons pas ce paiement.", en: "No payment collection with this id for you." })

/**
 * Runs before every `/store` route, Medusa's, the plugins' and ours (after
 * Medusa's customer authentication, which lets guests through): lets the
 * request through only as `STORE_RULES` allows. Deny by default: a route no
 * rule classifies answers 404.
 */
export async function guardStoreRoutes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  if (req.method === "OPTIONS") return next()
  const path = req.originalUrl.split("?")[0]
  const matched = findStoreRule(req.method === "HEAD" ? "GET" : req.method, path)
  if (!matched) throw new DomainError(404, "not_found", { fr: `Aucune route du magasin ${req.method} ${path}.`, en: `No store route ${req.method} ${path}.` })
  await enforce(req, matched.rule.scope, matched.params)
  next()
}

async function enforce(req: MedusaRequest, scope: StoreScope, params: Record<string, string>): Promise<void> {
  const body = (req.body ?? {}) as Record<string, unknown>
  const query = req.query as Record<string, unknown>
  if (scope.kind === "order" || scope.kind === "payment-collection") takeTrackingToken(req)
  switch (scope.kind) {
    case "public":
    case "own":
      return
    case "order": {
      const orderId = scope.from === "param" ? params.id : body.order_id
      // no order named: the route's own validation answers
      if (orderId === undefined && scope.from === "body") return
      if (typeof orderId !== "string" || !(await holdsOrder(req, orderId))) throw orderNotFound()
      return
    }
    case "cart": {
      const cartId = scope.from === "param" ? params.id : scope.from === "body" ? body.cart_id : query.cart_id
      if (cartId === undefined && scope.from !== "param") return
      if (typeof cartId !== "string" || !(await mayUseCart(req, cartId))) throw cartNotFound()
      rememberAllowedCart(req, cartId)
      return
    }
    case "payment-collection": {
      const graph = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const filters = { payment_collection_id: params.id }
      const [{ data: ofOrder }, { data: ofCart }] = await Promise.all([
        graph.graph({ entity: "order_payment_collection", fields: ["order_id"], filters }),
        graph.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters }),
      ])
      // once the cart became an order, the collection is the order's
      const orderId = (ofOrder[0] as { order_id?: string } | undefined)?.order_id
      const cartId = (ofCart[0] as { cart_id?: string } | undefined)?.cart_id
      const allowed = orderId ? await holdsOrder(req, orderId) : cartId ? await mayUseCart(req, cartId) : false
      if (!allowed) throw collectionNotFound()
      return
    }
  }
}

/**
 * A registered customer's cart is theirs alone; a guest's cart is anyone's
 * who holds its id. The counter's carts are never reachable from the store.
 */
export async function mayUseCart(req: MedusaRequest, cartId: string): Promise<boolean> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, counter] = await Promise.all([
    query.graph({ entity: "cart", fields: ["id", "customer_id", "customer.has_account"], filters: { id: cartId } }),
    isCounterCart(req.scope, cartId),
  ])
  const cart = carts[0] as { customer_id?: string | null; customer?: { has_account?: boolean } | null } | undefined
  if (!cart || counter) return false
  if (!cart.customer?.has_account) return true
  return cart.customer_id === signedInCustomer(req)
}
