import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { checkLowStockWorkflow } from "../workflows/check-low-stock"
import { STOCK_CHANGED_EVENT } from "../workflows/record-stock-movement"

/** After a receipt, waste, count or adjustment: did an ingredient cross its threshold? */
export default async function checkLowStockAfterChange({ event: { data }, container }: SubscriberArgs<{ stock_location_id: string; inventory_item_ids: string[] }>): Promise<void> {
  await checkLowStockWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = { event: STOCK_CHANGED_EVENT }
