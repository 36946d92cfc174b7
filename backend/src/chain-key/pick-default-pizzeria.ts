import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { coversSeveralChannels, keyChannels, pizzeriasOfKey } from "./pizzerias-of-key"

/** Catalogue reads whose stock Medusa counts per sales channel. */
const CATALOGUE = /^\/store\/(products|product-variants)(\/[^/]+)?$/

/**
 * A client that knows nothing of pizzerias (Medusa's starter, a kiosk) sends
 * the chain's key, which covers every pizzeria, and no sales channel. Medusa
 * refuses both a product list with stock ("Inventory availability cannot be
 * calculated") and a new cart ("multiple associated sales channels"): here
 * they get the chain's default pizzeria instead: the catalogue is read as
 * with that pizzeria's own key, the cart is created on its channel. Runs
 * before Medusa's own middlewares; a request that names its channel keeps it.
 */
export async function pickDefaultPizzeria(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const path = req.originalUrl.split("?")[0]
  const readsCatalogue = (req.method === "GET" || req.method === "HEAD") && CATALOGUE.test(path)
  const createsCart = req.method === "POST" && path === "/store/carts"
  if (!(readsCatalogue || createsCart) || !coversSeveralChannels(keyChannels(req))) return next()

  const query = req.query as Record<string, unknown>
  const body = (req.body ?? {}) as Record<string, unknown>
  if (readsCatalogue ? query.sales_channel_id !== undefined : body.sales_channel_id !== undefined) return next()
  const [chainDefault] = await pizzeriasOfKey(req.scope, keyChannels(req))
  if (!chainDefault) return next()
  if (readsCatalogue) {
    const store = req as MedusaStoreRequest
    store.publishable_key_context = { ...store.publishable_key_context, sales_channel_ids: [chainDefault.sales_channel_id] }
  } else req.body = { ...body, sales_channel_id: chainDefault.sales_channel_id }
  next()
}
