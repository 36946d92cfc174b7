import type { MedusaContainer } from "@medusajs/framework/types"
import {
  DELIVERY_ZONING_MODULE,
  normalizeAddress,
  setServiceHoursWorkflow,
  upsertDeliveryZoneWorkflow,
  type DeliveryZoningModuleService,
} from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { demo } from "./data"
import type { LoadedPizzeria } from "./load-pizzerias"

/**
 * Each pizzeria's position, hours and closures, its delivery zones, and the
 * demo gazetteer (addresses placed without Google, so the demo delivers
 * offline), all through the zoning plugin's own workflows.
 */
export async function loadZoning(container: MedusaContainer, pizzerias: LoadedPizzeria[]): Promise<void> {
  for (const pizzeria of pizzerias) {
    const closures = demo.closures
      .filter((closure) => closure.pizzerias === "all" || closure.pizzerias.includes(pizzeria.handle))
      .map(({ starts_at, ends_at, reason }) => ({ starts_at: new Date(starts_at), ends_at: new Date(ends_at), reason }))
    await setServiceHoursWorkflow(container).run({
      input: {
        stock_location_id: pizzeria.locationId,
        latitude: pizzeria.location.lat,
        longitude: pizzeria.location.lng,
        timezone: demo.timezone,
        opening_hours: pizzeria.opening_hours,
        closures,
      },
    })
    for (const zone of demo.zones[pizzeria.handle] ?? []) {
      await upsertDeliveryZoneWorkflow(container).run({
        input: { zone: { ...zone, stock_location_id: pizzeria.locationId, is_active: true } },
      })
    }
  }

  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  await zoning.createGeocodedAddresses(
    demo.gazetteer.map((place) => ({
      query: normalizeAddress(place.address),
      latitude: place.lat,
      longitude: place.lng,
      postal_code: place.postal_code,
      formatted_address: place.address,
      source: "gazetteer" as const,
      expires_at: null,
    }))
  )
}
