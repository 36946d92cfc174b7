import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkProductsToSalesChannelWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { createDeliveryZonesWorkflow, setServiceHoursWorkflow, type WeeklyHours } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import type { StaffRole } from "../../modules/staff/roles"
import { giveOwnPublishableKeyWorkflow } from "./give-own-publishable-key"
import { assignPizzeriaStaffStep } from "./steps/assign-pizzeria-staff"
import { showOnStorefrontStep } from "./steps/show-on-storefront"
import { tagStockLocationStep } from "./steps/tag-stock-location"
import { createPizzeriaFulfillmentStep, ZONE_DELIVERY_PROVIDER } from "./steps/create-pizzeria-fulfillment"
import { readChainSetupStep } from "./steps/read-chain-setup"
import { setIngredientThresholdsStep } from "./steps/set-ingredient-thresholds"

export type PizzeriaZoneInput = {
  name: string
  kind: "polygon" | "radius" | "postcodes"
  polygon?: Record<string, unknown> | null
  center_lat?: number | null
  center_lng?: number | null
  radius_km?: number | null
  postal_codes?: string[]
  fee: number
  min_order?: number
  free_delivery_threshold?: number | null
  eta_base_minutes?: number
  priority?: number
}

export type OpenPizzeriaInput = {
  name: string
  /** stable short name, e.g. "saint-leu" */
  handle: string
  address: { address_1: string; postal_code: string; city: string; country_code: string; phone?: string | null }
  location: { lat: number; lng: number }
  timezone?: string
  opening_hours: WeeklyHours
  closures?: { starts_at: Date | string; ends_at: Date | string; reason?: string | null }[]
  /** its delivery zones; by default one 3 km radius around it, to be redrawn by its manager */
  delivery_zones?: PizzeriaZoneInput[]
  /** who works there (managers, pizzaiolos, drivers, counter staff) */
  staff?: { email: string; role: Exclude<StaffRole, "admin"> }[]
  /** the chain's storefront keys that show it; by default those that show the other pizzerias (not their own keys) */
  publishable_key_ids?: string[]
  /** added to its stock location's metadata once everything else is done (the importer's key in the previous system: found only on a whole pizzeria) */
  metadata?: Record<string, unknown>
}

/**
 * Opens a pizzeria in one go: its stock
 * location and its own sales channel, its own publishable key (a kiosk or a
 * single-pizzeria site sees only it; its id is kept in the location's
 * metadata), the chain's storefront keys that show it, its
 * delivery and pickup fulfillment with their shipping options, the whole
 * menu, every ingredient at zero with the chain's low-stock thresholds, its
 * position, hours and a delivery zone, and its staff. If a step fails, the
 * steps before it are undone: no half-open pizzeria. The demo seed uses it.
 */
export const openPizzeriaWorkflow = createWorkflow("open-pizzeria", (input: OpenPizzeriaInput) => {
  const chain = readChainSetupStep(transform({ input }, ({ input }) => ({ handle: input.handle, publishable_key_ids: input.publishable_key_ids })))

  const channels = createSalesChannelsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ salesChannelsData: [{ name: input.name, description: `Commandes de ${input.name}` }] })),
  })
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ locations: [{ name: input.name, address: input.address, metadata: { handle: input.handle } }] })),
  })
  const ids = transform({ channels, locations }, ({ channels, locations }) => ({ sales_channel_id: channels[0].id, stock_location_id: locations[0].id }))

  linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: transform({ ids }, ({ ids }) => ({ id: ids.stock_location_id, add: [ids.sales_channel_id] })) })
  const zones = createPizzeriaFulfillmentStep(transform({ ids, input }, ({ ids, input }) => ({ stock_location_id: ids.stock_location_id, name: input.name })))

  createShippingOptionsWorkflow.runAsStep({
    input: transform({ zones, chain }, ({ zones, chain }) => {
      const storeRules = [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ]
      return [
        {
          name: "Livraison",
          price_type: "calculated" as const,
          provider_id: ZONE_DELIVERY_PROVIDER,
          data: { id: "zone-delivery" },
          service_zone_id: zones.delivery_service_zone_id,
          shipping_profile_id: chain.shipping_profile_id,
          type: { label: "Livraison", description: "Livrée chaude à votre porte", code: "delivery" },
          rules: storeRules,
        },
        {
          name: "Retrait en pizzeria",
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: zones.pickup_service_zone_id,
          shipping_profile_id: chain.shipping_profile_id,
          type: { label: "Retrait", description: "À emporter au comptoir", code: "pickup" },
          prices: [
            { currency_code: "eur", amount: 0 },
            { region_id: chain.region_id, amount: 0 },
          ],
          rules: storeRules,
        },
      ]
    }),
  })

  giveOwnPublishableKeyWorkflow.runAsStep({ input: transform({ ids }, ({ ids }) => ({ stock_location_id: ids.stock_location_id })) })
  showOnStorefrontStep(transform({ chain, ids }, ({ chain, ids }) => ({ sales_channel_id: ids.sales_channel_id, publishable_key_ids: chain.publishable_key_ids })))
  when({ chain }, ({ chain }) => chain.product_ids.length > 0).then(() => {
    linkProductsToSalesChannelWorkflow.runAsStep({ input: transform({ chain, ids }, ({ chain, ids }) => ({ id: ids.sales_channel_id, add: chain.product_ids })) })
  })
  when({ chain }, ({ chain }) => chain.inventory_item_ids.length > 0).then(() => {
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ chain, ids }, ({ chain, ids }) => ({
        inventory_levels: chain.inventory_item_ids.map((inventory_item_id) => ({ inventory_item_id, location_id: ids.stock_location_id, stocked_quantity: 0 })),
      })),
    })
  })
  setIngredientThresholdsStep(transform({ chain, ids }, ({ chain, ids }) => ({ stock_location_id: ids.stock_location_id, thresholds: chain.ingredient_thresholds })))

  setServiceHoursWorkflow.runAsStep({
    input: transform({ ids, input }, ({ ids, input }) => ({
      stock_location_id: ids.stock_location_id,
      latitude: input.location.lat,
      longitude: input.location.lng,
      timezone: input.timezone ?? "Europe/Paris",
      opening_hours: input.opening_hours,
      closures: (input.closures ?? []).map((closure) => ({ starts_at: new Date(closure.starts_at), ends_at: new Date(closure.ends_at), reason: closure.reason ?? null })),
    })),
  })
  const deliveryZones = transform({ ids, input }, ({ ids, input }) => ({
    zones: (
      input.delivery_zones ?? [
        {
          name: `${input.name} — 3 km`,
          kind: "radius" as const,
          center_lat: input.location.lat,
          center_lng: input.location.lng,
          radius_km: 3,
          fee: 2.5,
          min_order: 15,
          eta_base_minutes: 30,
        },
      ]
    ).map((zone) => ({ min_order: 0, eta_base_minutes: 20, priority: 0, ...zone, stock_location_id: ids.stock_location_id, is_active: true })),
  }))
  createDeliveryZonesWorkflow.runAsStep({ input: deliveryZones })

  when({ input }, ({ input }) => (input.staff ?? []).length > 0).then(() => {
    assignPizzeriaStaffStep(transform({ ids, input }, ({ ids, input }) => ({ stock_location_id: ids.stock_location_id, staff: input.staff ?? [] })))
  })

  when({ input }, ({ input }) => Object.keys(input.metadata ?? {}).length > 0).then(() => {
    tagStockLocationStep(transform({ ids, input }, ({ ids, input }) => ({ stock_location_id: ids.stock_location_id, metadata: input.metadata ?? {} })))
  })

  return new WorkflowResponse(ids)
})
