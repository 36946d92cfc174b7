import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ZoningError } from "../../errors/zoning-error"
import { DELIVERY_ZONING_MODULE } from "../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../modules/delivery-zoning/service"
import type { ServiceHoursInput } from "../../service-hours/service-hours-input"

export const saveServiceHoursStepId = "save-service-hours"

export type SaveServiceHoursInput = ServiceHoursInput & { stock_location_id: string }
type Snapshot = { id: string; created: boolean; before?: Omit<SaveServiceHoursInput, "stock_location_id"> }

/** Saves a location's position, hours and closures (closures replaced as a whole); compensation puts back what was there. */
export const saveServiceHoursStep = createStep(
  saveServiceHoursStepId,
  async (input: SaveServiceHoursInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { id: input.stock_location_id } })
    if (locations.length === 0) throw new ZoningError(404, "no_stock_location", `Stock location ${input.stock_location_id} does not exist.`)

    const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
    const [existing] = await zoning.listServiceLocations({ stock_location_id: input.stock_location_id }, { relations: ["closures"], take: 1 })
    const { closures, ...fields } = input
    const saved = existing ? await zoning.updateServiceLocations({ id: existing.id, ...fields }) : await zoning.createServiceLocations(fields)
    if (existing?.closures?.length) await zoning.deleteServiceClosures(existing.closures.map((closure) => closure.id))
    if (closures.length) await zoning.createServiceClosures(closures.map((closure) => ({ ...closure, service_location_id: saved.id })))

    const before = existing && {
      latitude: existing.latitude,
      longitude: existing.longitude,
      timezone: existing.timezone,
      opening_hours: existing.opening_hours as ServiceHoursInput["opening_hours"],
      closures: (existing.closures ?? []).map(({ starts_at, ends_at, reason }) => ({ starts_at, ends_at, reason })),
    }
    return new StepResponse({ id: saved.id }, { id: saved.id, created: !existing, before } as Snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (!snapshot) return
    const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
    const current = await zoning.listServiceClosures({ service_location_id: snapshot.id })
    if (current.length) await zoning.deleteServiceClosures(current.map((closure) => closure.id))
    if (snapshot.created || !snapshot.before) {
      await zoning.deleteServiceLocations(snapshot.id)
      return
    }
    const { closures, ...fields } = snapshot.before
    await zoning.updateServiceLocations({ id: snapshot.id, ...fields })
    if (closures.length) await zoning.createServiceClosures(closures.map((closure) => ({ ...closure, service_location_id: snapshot.id })))
  }
)
