import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The sales channels of these pizzerias (stock locations): an order belongs to the pizzeria of its channel. */
export async function salesChannelIdsOf(container: MedusaContainer, stockLocationIds: string[]): Promise<string[]> {
  if (stockLocationIds.length === 0) return []
  const { data: locations } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "stock_location", fields: ["id", "sales_channels.id"], filters: { id: stockLocationIds } })
  return locations.flatMap((location) => (location.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])))
}
