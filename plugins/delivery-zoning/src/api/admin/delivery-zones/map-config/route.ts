import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { DELIVERY_ZONING_MODULE } from "../../../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../../../modules/delivery-zoning/service"

type MapConfig = { google_maps_browser_key: string | null; tile_url: string; tile_attribution: string }

/** GET /admin/delivery-zones/map-config: the browser key for the map preview, if any (never the server key), and the tiles of the open map used without it. */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<MapConfig>): Promise<void> {
  const zoning = req.scope.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const options = await zoning.getOptions()
  res.json({ google_maps_browser_key: options.googleMapsBrowserKey ?? null, tile_url: options.mapTileUrl, tile_attribution: options.mapTileAttribution })
})
