import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MenuItem } from "@oc-pizza/api-types"
import { salesChannelIdsOf } from "../pizzerias/sales-channels-of"
import { buildMenu } from "./build-menu"
import { readMenuSource } from "./read-menu-source"

/**
 * A pizzeria's menu with live availability, sold on its sales channel: the
 * first of its channels the caller may sell on (`allowedChannelIds`, e.g. a
 * publishable key's), or its own. Undefined when there is none.
 */
export async function readPizzeriaMenu(container: MedusaContainer, pizzeriaId: string, allowedChannelIds?: string[]): Promise<MenuItem[] | undefined> {
  const [channelIds, { data: regions }] = await Promise.all([
    salesChannelIdsOf(container, [pizzeriaId]),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id", "currency_code"], pagination: { take: 1 } }),
  ])
  const channelId = channelIds.find((id) => !allowedChannelIds || allowedChannelIds.includes(id))
  if (!channelId) return undefined
  const region = regions[0] as { id: string; currency_code: string }
  return buildMenu(await readMenuSource(container, { id: pizzeriaId, sales_channel_id: channelId }, { region_id: region.id, currency_code: region.currency_code }))
}
