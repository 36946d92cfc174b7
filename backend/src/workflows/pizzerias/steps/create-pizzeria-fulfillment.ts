import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The zoning plugin's provider prices deliveries from the cart's address. */
export const ZONE_DELIVERY_PROVIDER = "zone-delivery_zone-delivery"
const PROVIDERS = ["manual_manual", ZONE_DELIVERY_PROVIDER]

type Input = { stock_location_id: string; name: string }
type Created = { delivery_service_zone_id: string; pickup_service_zone_id: string }

/**
 * A pizzeria delivers (zones priced by the zoning plugin) and hands over at
 * its counter: two fulfillment sets at its location, with their providers.
 */
export const createPizzeriaFulfillmentStep = createStep(
  "create-pizzeria-fulfillment",
  async ({ stock_location_id, name }: Input, { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const [delivery, pickup] = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets([
      { name: `Livraison — ${name}`, type: "delivery", service_zones: [{ name: `Zone de livraison — ${name}`, geo_zones: [{ type: "country", country_code: "fr" }] }] },
      { name: `Retrait — ${name}`, type: "pickup", service_zones: [{ name: `Comptoir — ${name}`, geo_zones: [{ type: "country", country_code: "fr" }] }] },
    ])
    const links = [
      ...PROVIDERS.map((providerId) => ({ [Modules.STOCK_LOCATION]: { stock_location_id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: providerId } })),
      ...[delivery, pickup].map((set) => ({ [Modules.STOCK_LOCATION]: { stock_location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } })),
    ]
    try {
      await link.create(links)
    } catch (error) {
      // a failing step is not compensated: remove the sets it made
      await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets([delivery.id, pickup.id])
      throw error
    }
    return new StepResponse<Created, { sets: string[]; links: typeof links }>(
      { delivery_service_zone_id: delivery.service_zones[0].id, pickup_service_zone_id: pickup.service_zones[0].id },
      { sets: [delivery.id, pickup.id], links }
    )
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets(created.sets)
  }
)
