import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { menuLocale } from "@/menu/menu-locale"
import { readPizzeriaMenu, type PizzeriaMenu } from "@/menu/read-pizzeria-menu"

/**
 * The menu a store request asks for: its pizzeria (`?pizzeria_id=`), on a
 * sales channel of its publishable key, in its locale (`?locale=` or the
 * `x-medusa-locale` header, French by default). 404 for an unknown pizzeria.
 */
export async function readStoreMenu(req: MedusaStoreRequest<unknown, { pizzeria_id: string }>): Promise<{ pizzeriaId: string; locale: string; menu: PizzeriaMenu }> {
  const { pizzeria_id } = req.validatedQuery
  const locale = menuLocale(req.locale)
  const menu = await readPizzeriaMenu(req.scope, pizzeria_id, req.publishable_key_context.sales_channel_ids, locale)
  if (!menu) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pizzeria ${pizzeria_id} was not found`)
  return { pizzeriaId: pizzeria_id, locale, menu }
}
