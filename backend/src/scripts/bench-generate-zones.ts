import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow, createStockLocationsWorkflow, linkSalesChannelsToApiKeyWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { isProduction } from "../config/settings"
import { STOREFRONT_KEY_TITLE } from "../demo/markers"

const ALL_DAY: [string, string][] = [["00:00", "00:00"]]
const OPEN = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY }
const AMIENS = { lat: 49.8941, lng: 2.2958 }

/** A star-shaped outline of `vertices` points around a centre: irregular, never self-crossing. */
function outline(center: { lat: number; lng: number }, radiusKm: number, vertices: number, random: () => number): [number, number][] {
  const ring: [number, number][] = []
  for (let i = 0; i < vertices; i++) {
    const angle = (2 * Math.PI * i) / vertices
    const r = radiusKm * (0.6 + 0.4 * random())
    ring.push([
      Number((center.lng + (r / (111.32 * Math.cos((center.lat * Math.PI) / 180))) * Math.cos(angle)).toFixed(5)),
      Number((center.lat + (r / 111.32) * Math.sin(angle)).toFixed(5)),
    ])
  }
  return [...ring, ring[0]]
}

/**
 * For benchmarks only: `medusa exec ./src/scripts/bench-generate-zones.ts 8 40`
 * makes the store have 8 pizzerias (extra ones around Amiens, on the
 * storefront key), all open around the clock, and replaces every zone with 40
 * generated ones shared among them: polygons of 24 points, radii and postcode
 * lists, overlapping like a real town's.
 */
export default async function generateZones({ container, args }: ExecArgs): Promise<void> {
  if (isProduction(process.env)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Benchmark data is not for production.")
  const pizzeriaCount = Number(args[0] ?? 8)
  const zoneCount = Number(args[1] ?? 40)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  let seed = 11
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31

  let services = await zoning.listServiceLocations({}, { take: null })
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
  for (let n = services.length; n < pizzeriaCount; n++) {
    const name = `OC Pizza Bench ${n + 1}`
    const { result: channels } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name }] } })
    const { result: locations } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name }] } })
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locations[0].id, add: [channels[0].id] } })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channels[0].id] } })
    const angle = (2 * Math.PI * n) / pizzeriaCount
    await zoning.createServiceLocations({
      stock_location_id: locations[0].id,
      latitude: AMIENS.lat + 0.03 * Math.sin(angle),
      longitude: AMIENS.lng + 0.045 * Math.cos(angle),
      opening_hours: OPEN,
    })
  }
  services = await zoning.listServiceLocations({}, { relations: ["closures"], take: null })
  await zoning.updateServiceLocations(services.map((service) => ({ id: service.id, opening_hours: OPEN })))
  const closures = services.flatMap((service) => service.closures.map((closure) => closure.id))
  if (closures.length) await zoning.deleteServiceClosures(closures)

  const existing = await zoning.listDeliveryZones({}, { select: ["id"], take: null })
  if (existing.length) await zoning.deleteDeliveryZones(existing.map((zone) => zone.id))
  const zones = Array.from({ length: zoneCount }, (_, index) => {
    const service = services[index % services.length]
    const center = { lat: service.latitude + (random() - 0.5) * 0.02, lng: service.longitude + (random() - 0.5) * 0.03 }
    const common = {
      stock_location_id: service.stock_location_id,
      name: `Bench zone ${index + 1}`,
      fee: 2 + (index % 4) * 0.5,
      min_order: 15,
      free_delivery_threshold: 40,
      priority: index % 3,
    }
    switch (index % 5) {
      case 3:
        return { ...common, kind: "radius" as const, center_lat: center.lat, center_lng: center.lng, radius_km: 1 + random() * 3 }
      case 4:
        return { ...common, kind: "postcodes" as const, postal_codes: [`80${String(index % 1000).padStart(3, "0")}`, "80330", "80480"] }
      default:
        return { ...common, kind: "polygon" as const, polygon: { type: "Polygon", coordinates: [outline(center, 1.5 + random() * 2.5, 24, random)] } }
    }
  })
  await zoning.createDeliveryZones(zones)
  logger.info(`${services.length} pizzerias, ${zoneCount} zones.`)
}
