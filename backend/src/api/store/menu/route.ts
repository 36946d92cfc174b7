import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { MenuResponse } from "@oc-pizza/api-types"
import { menuLocale } from "@/menu/menu-locale"
import { readPizzeriaMenu } from "@/menu/read-pizzeria-menu"
import type { GetStoreMenuType } from "./validators"

/**
 * GET /store/menu?pizzeria_id=: the pizzeria's menu with live availability, in
 * one round trip; in French unless another locale is asked (`?locale=en-GB` or
 * the `x-medusa-locale` header, as Medusa's own store routes).
 */
export async function GET(req: MedusaStoreRequest<unknown, GetStoreMenuType>, res: MedusaResponse<MenuResponse>): Promise<void> {
  const { pizzeria_id } = req.validatedQuery as GetStoreMenuType
  const locale = menuLocale(req.locale)
  const items = await readPizzeriaMenu(req.scope, pizzeria_id, req.publishable_key_context.sales_channel_ids, locale)
  if (!items) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pizzeria ${pizzeria_id} was not found`)
  res.json({ pizzeria_id, locale, items })
}
