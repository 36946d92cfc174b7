import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { pickupOptionsElsewhere } from "@/chain-key/pickup-options-elsewhere"
import { coversSeveralChannels, keyChannels, pizzeriasOfKey } from "@/chain-key/pizzerias-of-key"

/**
 * GET /store/shipping-options?cart_id=, taken over from Medusa (its
 * validation still runs): Medusa's options for the cart's pizzeria first,
 * then, for the chain's key, every other pizzeria's pickup, so that a client
 * that knows nothing of pizzerias can offer them all.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const { cart_id, is_return } = req.filterableFields as { cart_id: string; is_return?: boolean }
  const channels = keyChannels(req)
  const otherPickups = async () => (!is_return && coversSeveralChannels(channels) ? pickupOptionsElsewhere(req.scope, cart_id, await pizzeriasOfKey(req.scope, channels)) : [])
  // side by side: the other pickups cost the checkout no more than Medusa's own listing takes
  const [{ result }, elsewhere] = await Promise.all([
    listShippingOptionsForCartWorkflow(req.scope).run({ input: { cart_id, is_return: !!is_return, fields: req.queryConfig.fields } }),
    otherPickups(),
  ])
  res.json({ shipping_options: [...result, ...elsewhere] })
}
