import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mayUseCart } from "@/store-access/guard-store-routes"
import { deliveringPizzeria, placeableAddress } from "./delivering-pizzeria"
import { coversSeveralChannels, keyChannels, pizzeriasOfKey, type KeyPizzeria } from "./pizzerias-of-key"

/** Catalogue reads whose stock Medusa counts per sales channel. */
const CATALOGUE = /^\/store\/(products|product-variants)(\/[^/]+)?$/

/**
 * A client that knows nothing of pizzerias (Medusa's starter, a kiosk) sends
 * the chain's key, which covers every pizzeria, and no sales channel. Medusa
 * refuses both a product list with stock ("Inventory availability cannot be
 * calculated") and a new cart ("multiple associated sales channels"): here
 * they get the chain's default pizzeria instead: the catalogue is read as
 * with that pizzeria's own key (the cart's pizzeria when the request names a
 * `cart_id`), the cart is created on its channel (on the channel of the
 * pizzeria that delivers its address when it comes with one). Runs before
 * Medusa's own middlewares; a request that names its channel keeps it.
 */
export async function pickPizzeria(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const path = req.originalUrl.split("?")[0]
  const readsCatalogue = (req.method === "GET" || req.method === "HEAD") && CATALOGUE.test(path)
  const createsCart = req.method === "POST" && path === "/store/carts"
  if (!(readsCatalogue || createsCart) || !coversSeveralChannels(keyChannels(req))) return next()

  const query = req.query as Record<string, unknown>
  const body = (req.body ?? {}) as { sales_channel_id?: unknown; shipping_address?: unknown }
  if (readsCatalogue ? query.sales_channel_id !== undefined : body.sales_channel_id !== undefined) return next()
  const pizzerias = await pizzeriasOfKey(req.scope, keyChannels(req))
  if (pizzerias.length === 0) return next()

  if (readsCatalogue) {
    // a client that names its cart sees the stock of the cart's pizzeria
    const ofCart = typeof query.cart_id === "string" ? await cartPizzeria(req, query.cart_id, pizzerias) : undefined
    const store = req as MedusaStoreRequest
    store.publishable_key_context = { ...store.publishable_key_context, sales_channel_ids: [(ofCart ?? pizzerias[0]).sales_channel_id] }
  } else {
    // a cart created with its address starts at the pizzeria that delivers it
    const address = placeableAddress(body.shipping_address)
    const delivering = address ? await deliveringPizzeria(req.scope, address, pizzerias) : undefined
    req.body = { ...body, sales_channel_id: (delivering ?? pizzerias[0]).sales_channel_id }
  }
  next()
}

/** The pizzeria of a cart this request may use (the store guard's rule: a registered customer's cart is theirs alone). */
async function cartPizzeria(req: MedusaRequest, cartId: string, pizzerias: KeyPizzeria[]): Promise<KeyPizzeria | undefined> {
  if (!(await mayUseCart(req, cartId))) return undefined
  const { data: carts } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["sales_channel_id"], filters: { id: cartId } })
  return pizzerias.find((pizzeria) => pizzeria.sales_channel_id === carts[0]?.sales_channel_id)
}
