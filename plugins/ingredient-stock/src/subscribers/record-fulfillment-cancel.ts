import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordFulfillmentMovementsWorkflow } from "../workflows/record-fulfillment-movements"

/** A cancelled fulfillment puts its ingredients back: the ledger says so. */
export default async function recordFulfillmentCancel({ event: { data }, container }: SubscriberArgs<{ fulfillment_id: string }>): Promise<void> {
  await recordFulfillmentMovementsWorkflow(container).run({ input: { fulfillment_id: data.fulfillment_id, type: "cancel" } })
}

export const config: SubscriberConfig = { event: "order.fulfillment_canceled" }
