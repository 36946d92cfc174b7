import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AddressSuggestions } from "@oc-pizza/api-types"
import { withCodedErrors } from "@oc-pizza/api-types"
import { suggestAddresses } from "../../../../geocoding/suggest"
import { DELIVERY_ZONING_MODULE } from "../../../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../../../modules/delivery-zoning/service"
import type { GetAddressSuggestionsType } from "./validators"

/**
 * GET /store/delivery-zones/suggestions?q=&limit=: what the address typed so
 * far may be, best first (the gazetteer, the geocoder's autocomplete, then
 * postcodes and communes known offline). Public addresses only, nothing of
 * any customer: the publishable key is enough.
 */
export const GET = withCodedErrors(async function GET(req: MedusaStoreRequest<unknown, GetAddressSuggestionsType>, res: MedusaResponse<AddressSuggestions>): Promise<void> {
  const { q, limit } = req.validatedQuery as GetAddressSuggestionsType
  const zoning = req.scope.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const suggestions = await suggestAddresses(zoning, q, limit, req.scope.resolve(ContainerRegistrationKeys.LOGGER))
  res.json({ suggestions })
})
