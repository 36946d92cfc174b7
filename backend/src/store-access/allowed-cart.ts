import type { MedusaRequest } from "@medusajs/framework/http"

/** The cart the store guard let this request use (./guard-store-routes.ts), and only that one. */
const allowed = new WeakMap<MedusaRequest, string>()

export function rememberAllowedCart(req: MedusaRequest, cartId: string): void {
  allowed.set(req, cartId)
}

/** The cart this request may read, once the guard said so; nothing for a refused or unknown one, whose answer must not depend on it. */
export function allowedCart(req: MedusaRequest): string | undefined {
  return allowed.get(req)
}
