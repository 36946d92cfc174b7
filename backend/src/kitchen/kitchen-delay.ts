import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { salesChannelIdsOf } from "../pizzerias/sales-channels-of"

/** Time a pizzeria's kitchen spends per order ahead in its queue, on average. */
export const MINUTES_PER_QUEUED_ORDER = 4
/** Orders older than this are not in tonight's queue any more, whatever their state. */
const QUEUE_WINDOW_MS = 3 * 60 * 60 * 1000

/**
 * Minutes before the kitchen can start a new order at this pizzeria: the
 * orders placed there in the last hours that are not fulfilled yet (the
 * kitchen hands an order over by fulfilling it), times the average time per
 * order.
 */
export async function kitchenDelayMinutes(container: MedusaContainer, stockLocationId: string, now = new Date()): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const channelIds = await salesChannelIdsOf(container, [stockLocationId])
  if (channelIds.length === 0) return 0
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "fulfillments.id"],
    filters: {
      sales_channel_id: channelIds,
      status: "pending",
      created_at: { $gte: new Date(now.getTime() - QUEUE_WINDOW_MS) },
    },
  })
  const waiting = orders.filter((order) => (order.fulfillments ?? []).length === 0).length
  return waiting * MINUTES_PER_QUEUED_ORDER
}
