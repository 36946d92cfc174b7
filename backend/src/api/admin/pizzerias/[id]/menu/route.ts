import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "../../../../../errors/domain-error"
import { buildMenu, type MenuItem } from "../../../../../menu/build-menu"
import { readMenuSource } from "../../../../../menu/read-menu-source"

/** GET /admin/pizzerias/:id/menu: what the counter can sell tonight, with live availability (the storefront's menu). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ pizzeria_id: string; items: MenuItem[] }>): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: locations }, { data: regions }] = await Promise.all([
    query.graph({ entity: "stock_location", fields: ["id", "sales_channels.id"], filters: { id: req.params.id } }),
    query.graph({ entity: "region", fields: ["id", "currency_code"], pagination: { take: 1 } }),
  ])
  const channel = (locations[0]?.sales_channels ?? []).find(Boolean)
  if (!channel) throw new DomainError(404, "pizzeria_not_found", `No pizzeria with id ${req.params.id}.`)
  const region = regions[0] as { id: string; currency_code: string }
  const source = await readMenuSource(req.scope, { id: req.params.id, sales_channel_id: channel.id }, { region_id: region.id, currency_code: region.currency_code })
  res.json({ pizzeria_id: req.params.id, items: buildMenu(source) })
}
