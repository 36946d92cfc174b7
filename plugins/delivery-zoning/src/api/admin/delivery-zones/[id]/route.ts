import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { ZoningError } from "../../../../errors/zoning-error"
import { DELIVERY_ZONING_MODULE } from "../../../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../../../modules/delivery-zoning/service"
import { deleteDeliveryZoneWorkflow } from "../../../../workflows/delete-delivery-zone"
import { upsertDeliveryZoneWorkflow } from "../../../../workflows/upsert-delivery-zone"
import type { ZoneUpdateInput } from "../../../../zoning/zone-input"
import { readZone } from "../../../../zoning/read-zoning"
import type { Zone } from "../../../../zoning/zone-types"

async function zoneOrNotFound(zoning: DeliveryZoningModuleService, id: string): Promise<Zone> {
  const zone = await readZone(zoning, id)
  if (!zone) throw new ZoningError(404, "invalid_zone", `Delivery zone ${id} does not exist.`)
  return zone
}

/** GET /admin/delivery-zones/:id */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ delivery_zone: Zone }>): Promise<void> {
  const zoning = req.scope.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  res.json({ delivery_zone: await zoneOrNotFound(zoning, req.params.id) })
})

/** POST /admin/delivery-zones/:id: edit some fields; the whole zone is checked again. */
export const POST = withCodedErrors(async function POST(req: AuthenticatedMedusaRequest<ZoneUpdateInput>, res: MedusaResponse<{ delivery_zone: Zone }>): Promise<void> {
  await upsertDeliveryZoneWorkflow(req.scope).run({ input: { id: req.params.id, zone: req.validatedBody } })
  const zoning = req.scope.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  res.json({ delivery_zone: await zoneOrNotFound(zoning, req.params.id) })
})

/** DELETE /admin/delivery-zones/:id */
export const DELETE = withCodedErrors(async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ id: string; object: string; deleted: boolean }>): Promise<void> {
  await deleteDeliveryZoneWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "delivery_zone", deleted: true })
})
