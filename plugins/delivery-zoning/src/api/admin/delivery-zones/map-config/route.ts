import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DELIVERY_ZONING_MODULE } from "../../../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../../../modules/delivery-zoning/service"

/** GET /admin/delivery-zones/map-config: the browser key for the map preview, if any (never the server key). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ google_maps_browser_key: string | null }>): Promise<void> {
  const zoning = req.scope.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  res.json({ google_maps_browser_key: (await zoning.getOptions()).googleMapsBrowserKey ?? null })
}
