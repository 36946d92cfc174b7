import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { kitsOfVariants, locationOfSalesChannel } from "../stock/read-stock"
import { checkLowStockWorkflow } from "../workflows/check-low-stock"

/** An order reserves ingredients: what is left available may have crossed a threshold. */
export default async function checkLowStockAfterOrder({ event: { data }, container }: SubscriberArgs<{ id: string }>): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "sales_channel_id", "items.variant_id"], filters: { id: data.id } })
  const order = orders[0] as { sales_channel_id: string | null; items: ({ variant_id: string | null } | null)[] } | undefined
  if (!order?.sales_channel_id) return
  const variantIds = [...new Set(order.items.flatMap((item) => (item?.variant_id ? [item.variant_id] : [])))]
  const kits = await kitsOfVariants(container, variantIds)
  const itemIds = [...new Set([...kits.values()].flatMap((kit) => kit.map((part) => part.inventory_item_id)))]
  const stockLocationId = await locationOfSalesChannel(container, order.sales_channel_id)
  await checkLowStockWorkflow(container).run({ input: { stock_location_id: stockLocationId, inventory_item_ids: itemIds } })
}

export const config: SubscriberConfig = { event: "order.placed" }
