import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { demo, type DemoPizzeria } from "./data"
import { STOREFRONT_KEY_TITLE } from "./markers"

export type LoadedPizzeria = DemoPizzeria & { locationId: string; salesChannelId: string }

export type PizzeriasSetup = {
  pizzerias: LoadedPizzeria[]
  shippingProfileId: string
  publishableKey: string
}

/** The zoning plugin's provider prices deliveries from the cart's address (see load-zoning.ts for the zones). */
export const ZONE_DELIVERY_PROVIDER = "zone-delivery_zone-delivery"

/**
 * Each pizzeria is a stock location and its own sales channel (1:1), with a
 * delivery and a pickup fulfillment set; one publishable key covers them all.
 */
export async function loadPizzerias(container: MedusaContainer, regionId: string): Promise<PizzeriasSetup> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const shippingProfileId = await ensureDefaultShippingProfile(container)
  const loaded: LoadedPizzeria[] = []

  for (const pizzeria of demo.pizzerias) {
    const { result: channels } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [
          { name: pizzeria.name, description: `Commandes en ligne de ${pizzeria.name}` },
        ],
      },
    })
    const { result: locations } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: pizzeria.name,
            address: pizzeria.address,
            metadata: { handle: pizzeria.handle },
          },
        ],
      },
    })
    const locationId = locations[0].id
    const salesChannelId = channels[0].id
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [salesChannelId] } })

    await link.create(
      ["manual_manual", ZONE_DELIVERY_PROVIDER].map((providerId) => ({
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: providerId },
      }))
    )

    const [delivery, pickup] = await fulfillment.createFulfillmentSets([
      {
        name: `Livraison — ${pizzeria.name}`,
        type: "delivery",
        service_zones: [{ name: `Zone de livraison — ${pizzeria.name}`, geo_zones: [{ type: "country", country_code: "fr" }] }],
      },
      {
        name: `Retrait — ${pizzeria.name}`,
        type: "pickup",
        service_zones: [{ name: `Comptoir — ${pizzeria.name}`, geo_zones: [{ type: "country", country_code: "fr" }] }],
      },
    ])
    await link.create(
      [delivery, pickup].map((set) => ({
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
      }))
    )

    const storeRules = [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ]
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: "Livraison",
          price_type: "calculated",
          provider_id: ZONE_DELIVERY_PROVIDER,
          data: { id: "zone-delivery" },
          service_zone_id: delivery.service_zones[0].id,
          shipping_profile_id: shippingProfileId,
          type: { label: "Livraison", description: "Livrée chaude à votre porte", code: "delivery" },
          rules: storeRules,
        },
        {
          name: "Retrait en pizzeria",
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: pickup.service_zones[0].id,
          shipping_profile_id: shippingProfileId,
          type: { label: "Retrait", description: "À emporter au comptoir", code: "pickup" },
          prices: [
            { currency_code: "eur", amount: 0 },
            { region_id: regionId, amount: 0 },
          ],
          rules: storeRules,
        },
      ],
    })

    loaded.push({ ...pizzeria, locationId, salesChannelId })
  }

  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: keys[0].id, add: loaded.map((pizzeria) => pizzeria.salesChannelId) },
  })

  return { pizzerias: loaded, shippingProfileId, publishableKey: keys[0].token }
}

async function ensureDefaultShippingProfile(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}
