import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { DELIVERY_ZONING_MODULE } from "../../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../../modules/delivery-zoning/service"
import { readZone, readZones } from "../../../zoning/read-zoning"
import type { Zone } from "../../../zoning/zone-types"
import type { ZoneFieldsInput } from "../../../zoning/zone-input"
import { upsertDeliveryZoneWorkflow } from "../../../workflows/upsert-delivery-zone"
import type { GetDeliveryZonesType } from "./validators"

/** GET /admin/delivery-zones?stock_location_id=&is_active=: zones, by location then priority. */
export const GET = withCodedErrors(async function GET(
  req: AuthenticatedMedusaRequest<unknown, GetDeliveryZonesType>,
  res: MedusaResponse<{ delivery_zones: Zone[] }>
): Promise<void> {
  const { stock_location_id, is_active } = req.validatedQuery
  const ids = stock_location_id === undefined ? undefined : [stock_location_id].flat()
  const zoning = req.scope.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const zones = (await readZones(zoning, ids))
    .filter((zone) => is_active === undefined || zone.is_active === is_active)
    .sort((a, b) => a.stock_location_id.localeCompare(b.stock_location_id) || b.priority - a.priority || a.name.localeCompare(b.name, "fr"))
  res.json({ delivery_zones: zones })
})

/** POST /admin/delivery-zones: create a zone. */
export const POST = withCodedErrors(async function POST(req: AuthenticatedMedusaRequest<ZoneFieldsInput>, res: MedusaResponse<{ delivery_zone: Zone }>): Promise<void> {
  const { result } = await upsertDeliveryZoneWorkflow(req.scope).run({ input: { zone: req.validatedBody } })
  const zoning = req.scope.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  res.status(201).json({ delivery_zone: (await readZone(zoning, result.id))! })
})
