import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_ZONING_MODULE, normalizeAddress, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { demo } from "./data"

/**
 * The demo gazetteer: addresses placed without Google, so the demo delivers
 * offline. (Each pizzeria's position, hours and zones come with its opening.)
 */
export async function loadGazetteer(container: MedusaContainer): Promise<void> {
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  await zoning.createGeocodedAddresses(
    demo.gazetteer.map((place) => ({
      query: normalizeAddress(place.address),
      latitude: place.lat,
      longitude: place.lng,
      postal_code: place.postal_code,
      // the key is the one-line form checkout builds, country included; the customer reads it without
      formatted_address: place.address.replace(/, [A-Z]{2}$/, ""),
      source: "gazetteer" as const,
      expires_at: null,
    }))
  )
}
