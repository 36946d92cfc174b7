import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MenuResponse } from "@oc-pizza/api-types"
import { DomainError } from "@/errors/domain-error"
import { readPizzeriaMenu } from "@/menu/read-pizzeria-menu"

/** GET /admin/pizzerias/:id/menu: what the counter can sell tonight, with live availability (the storefront's menu). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<MenuResponse>): Promise<void> {
  const menu = await readPizzeriaMenu(req.scope, req.params.id)
  if (!menu) throw new DomainError(404, "pizzeria_not_found", `No pizzeria with id ${req.params.id}.`)
  res.json({ pizzeria_id: req.params.id, catalogue_version: menu.catalogueVersion, items: menu.items })
}
