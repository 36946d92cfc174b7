import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { ZoningError } from "../../../../../errors/zoning-error"
import { DELIVERY_ZONING_MODULE } from "../../../../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../../../../modules/delivery-zoning/service"
import { isOpenAt, nextOpeningAt } from "../../../../../service-hours/service-hours"
import type { ServiceHoursInput } from "../../../../../service-hours/service-hours-input"
import { setServiceHoursWorkflow } from "../../../../../workflows/set-service-hours"
import { readServicePoints } from "../../../../../zoning/read-zoning"
import type { ServicePoint } from "../../../../../zoning/zone-types"

type ServiceHoursResponse = { service_hours: ServicePoint & { is_open: boolean; next_opening_at: string | null } }

async function respond(req: AuthenticatedMedusaRequest<unknown>, res: MedusaResponse<ServiceHoursResponse>): Promise<void> {
  const zoning = req.scope.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const [service] = await readServicePoints(zoning, [req.params.id])
  if (!service) throw new ZoningError(404, "no_stock_location", `Stock location ${req.params.id} has no position or hours yet.`)
  const now = new Date()
  res.json({ service_hours: { ...service, is_open: isOpenAt(service, now), next_opening_at: nextOpeningAt(service, now)?.toISOString() ?? null } })
}

/** GET /admin/stock-locations/:id/service-hours: position, weekly hours, closures, open now. */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ServiceHoursResponse>): Promise<void> {
  await respond(req, res)
})

/** POST /admin/stock-locations/:id/service-hours: replace them (closures as a whole list). */
export const POST = withCodedErrors(async function POST(req: AuthenticatedMedusaRequest<ServiceHoursInput>, res: MedusaResponse<ServiceHoursResponse>): Promise<void> {
  await setServiceHoursWorkflow(req.scope).run({ input: { ...req.validatedBody, stock_location_id: req.params.id } })
  await respond(req, res)
})
