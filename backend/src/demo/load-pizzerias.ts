import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { openPizzeriaWorkflow } from "../workflows/pizzerias/open-pizzeria"
import { demo, type DemoPizzeria } from "./data"
import { STOREFRONT_KEY_TITLE } from "./markers"

export type LoadedPizzeria = DemoPizzeria & { locationId: string; salesChannelId: string }

export type PizzeriasSetup = {
  pizzerias: LoadedPizzeria[]
  shippingProfileId: string
  publishableKey: string
}

/**
 * The storefront's publishable key, then each demo pizzeria opened through
 * the workflow an admin uses (`openPizzeriaWorkflow`): location, channel,
 * fulfillment, hours and closures, its delivery zones.
 */
export async function loadPizzerias(container: MedusaContainer): Promise<PizzeriasSetup> {
  const shippingProfileId = await ensureDefaultShippingProfile(container)
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
  })

  const loaded: LoadedPizzeria[] = []
  for (const pizzeria of demo.pizzerias) {
    const { result } = await openPizzeriaWorkflow(container).run({
      input: {
        name: pizzeria.name,
        handle: pizzeria.handle,
        address: pizzeria.address,
        location: pizzeria.location,
        timezone: demo.timezone,
        opening_hours: pizzeria.opening_hours,
        closures: demo.closures.filter((closure) => closure.pizzerias === "all" || closure.pizzerias.includes(pizzeria.handle)),
        delivery_zones: demo.zones[pizzeria.handle] ?? [],
        publishable_key_ids: [keys[0].id],
      },
    })
    loaded.push({ ...pizzeria, locationId: result.stock_location_id, salesChannelId: result.sales_channel_id })
  }
  return { pizzerias: loaded, shippingProfileId, publishableKey: keys[0].token }
}

/** The store's default shipping profile, made if it has none. */
export async function ensureDefaultShippingProfile(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}
