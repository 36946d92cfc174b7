import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordFulfillmentMovementsWorkflow } from "../workflows/record-fulfillment-movements"

/** Ingredients leave the stock when an order is fulfilled: the ledger says so. */
export default async function recordFulfillmentSale({ event: { data }, container }: SubscriberArgs<{ fulfillment_id: string }>): Promise<void> {
  await recordFulfillmentMovementsWorkflow(container).run({ input: { fulfillment_id: data.fulfillment_id, type: "sale" } })
}

export const config: SubscriberConfig = { event: "order.fulfillment_created" }
