import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { MenuResponse } from "@oc-pizza/api-types"
import { readStoreMenu } from "./read-store-menu"
import type { GetStoreMenuType } from "./validators"

/**
 * GET /store/menu?pizzeria_id=: the pizzeria's menu with live availability, in
 * one round trip; in French unless another locale is asked (`?locale=en-GB` or
 * the `x-medusa-locale` header, as Medusa's own store routes).
 */
export async function GET(req: MedusaStoreRequest<unknown, GetStoreMenuType>, res: MedusaResponse<MenuResponse>): Promise<void> {
  const { pizzeriaId, locale, menu } = await readStoreMenu(req)
  res.json({ pizzeria_id: pizzeriaId, locale, catalogue_version: menu.catalogueVersion, items: menu.items })
}
