import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ZoningError } from "../errors/zoning-error"
import { DELIVERY_ZONING_MODULE } from "../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"
import type { ZoneFieldsInput, ZoneUpdateInput } from "./zone-input"
import { zoneProblems } from "./zone-problems"

export type PrepareZoneInput = { id?: string; zone: ZoneFieldsInput | ZoneUpdateInput }

/**
 * The zone to save, complete and checked: merged over the stored one when
 * editing, a radius centred on the location when no centre is given, every
 * problem refused with a 400 that names its field.
 */
export async function prepareZone(container: MedusaContainer, input: PrepareZoneInput): Promise<ZoneFieldsInput> {
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const stored = input.id ? await zoning.listDeliveryZones({ id: input.id }, { take: 1 }).then(([zone]) => zone) : undefined
  if (input.id && !stored) throw new ZoningError(404, "invalid_zone", `Delivery zone ${input.id} does not exist.`)
  const merged = { ...(stored ?? {}), ...input.zone } as ZoneFieldsInput & { id?: string }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { id: merged.stock_location_id } })
  if (locations.length === 0) {
    throw new ZoningError(400, "no_stock_location", `stock_location_id: stock location ${merged.stock_location_id} does not exist.`, {
      field: "stock_location_id",
    })
  }
  if (merged.kind === "radius" && (merged.center_lat === null || merged.center_lat === undefined)) {
    const [service] = await zoning.listServiceLocations({ stock_location_id: merged.stock_location_id }, { take: 1 })
    if (service) Object.assign(merged, { center_lat: service.latitude, center_lng: service.longitude })
  }
  const problems = zoneProblems({ ...merged, fee: Number(merged.fee), min_order: Number(merged.min_order ?? 0) })
  if (problems.length > 0) {
    throw new ZoningError(400, "invalid_zone", problems.map((problem) => problem.message).join("; "), {
      fields: problems.map((problem) => problem.field),
    })
  }
  const { id: _id, ...fields } = merged
  return fields as ZoneFieldsInput
}
