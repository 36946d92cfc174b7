import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buildMenu, type MenuItem } from "../../../menu/build-menu"
import { readMenuSource } from "../../../menu/read-menu-source"
import type { GetStoreMenuType } from "./validators"

/** GET /store/menu?pizzeria_id=: the pizzeria's menu with live availability, in one round trip. */
export async function GET(req: MedusaStoreRequest<unknown, GetStoreMenuType>, res: MedusaResponse<{ pizzeria_id: string; items: MenuItem[] }>): Promise<void> {
  const { pizzeria_id } = req.validatedQuery as GetStoreMenuType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: locations }, { data: regions }] = await Promise.all([
    query.graph({ entity: "stock_location", fields: ["id", "sales_channels.id"], filters: { id: pizzeria_id } }),
    query.graph({ entity: "region", fields: ["id", "currency_code"], pagination: { take: 1 } }),
  ])
  const channelIds = new Set(req.publishable_key_context.sales_channel_ids)
  const channel = (locations[0]?.sales_channels ?? []).find((candidate) => candidate && channelIds.has(candidate.id))
  if (!channel) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pizzeria ${pizzeria_id} was not found`)

  const region = regions[0] as { id: string; currency_code: string }
  const source = await readMenuSource(req.scope, { id: pizzeria_id, sales_channel_id: channel.id }, { region_id: region.id, currency_code: region.currency_code })
  res.json({ pizzeria_id, items: buildMenu(source) })
}
