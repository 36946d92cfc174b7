import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DeliveryResolution } from "@oc-pizza/api-types"
import { withCodedErrors } from "@oc-pizza/api-types"
import { placeOfAddress } from "../../../../checkout/cart-place"
import { resolveDeliveryZoneWorkflow } from "../../../../workflows/resolve-delivery-zone"
import type { PostResolveDeliveryZoneType } from "./validators"

/**
 * POST /store/delivery-zones/resolve: which of the key's locations delivers
 * here (`stock_location_id`), for how much and when; `sales_channel_id` is
 * the channel to create the cart on.
 */
export const POST = withCodedErrors(async function POST(req: MedusaStoreRequest<PostResolveDeliveryZoneType>, res: MedusaResponse<DeliveryResolution>): Promise<void> {
  const { address, postal_code, lat, lng, subtotal } = req.validatedBody
  const fromAddress = typeof address === "object" ? placeOfAddress(address) : { address }
  const place = { ...fromAddress, postal_code: postal_code ?? fromAddress.postal_code, lat, lng }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: req.publishable_key_context.sales_channel_ids, is_disabled: false },
  })
  const channelOf = new Map<string, string>()
  for (const channel of channels) {
    for (const location of channel.stock_locations ?? []) if (location) channelOf.set(location.id, channel.id)
  }

  const { result } = await resolveDeliveryZoneWorkflow(req.scope).run({
    input: { place, subtotal, stock_location_ids: [...channelOf.keys()] },
  })
  res.json({ ...result, sales_channel_id: channelOf.get(result.stock_location_id) ?? null })
})
