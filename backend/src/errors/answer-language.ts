import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestLanguage, type Language } from "@oc-pizza/api-types"
import { allowedCart } from "@/store-access/allowed-cart"

/**
 * The language a refusal is written in: Medusa's request locale
 * (`x-medusa-locale`), then the locale of the cart the store guard let the
 * request use (never of one it refused: a "not found" must not tell that the
 * cart exists), then `Accept-Language`, then French. Read only when an error
 * is answered; a cart that cannot be read leaves the header's language.
 */
export async function answerLanguage(req: MedusaRequest): Promise<Language> {
  const cartId = allowedCart(req)
  if (!cartId || !req.scope) return requestLanguage(req)
  try {
    const { data: carts } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["locale"], filters: { id: cartId } })
    return requestLanguage(req, (carts[0] as { locale?: string | null } | undefined)?.locale)
  } catch (error) {
    // the refusal is still answered, in the header's language
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`${req.method} ${req.path}: the cart's language could not be read (${(error as Error).message}).`)
    return requestLanguage(req)
  }
}
