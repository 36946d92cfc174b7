import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isZoneDeliveryProvider } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"

type Rule = { attribute: string; value: unknown; operator: string } | null

/** Offered on the storefront: Medusa's `enabled_in_store` and `is_return` rules, as its own listing reads them. */
export const offeredInStore = (rules: Rule[] | null | undefined): boolean =>
  (rules ?? []).every((rule) => !rule || (rule.attribute === "enabled_in_store" ? rule.value === "true" : rule.attribute === "is_return" ? rule.value === "false" : true))

const FIELDS = ["id", "provider_id", "rules.attribute", "rules.value", "rules.operator", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"]

/** Of these shipping options, those offered on the storefront, each with its kind (pickup, or delivery priced by zone) and the kitchen it is served from. */
export async function storeOptionsAmong(container: MedusaContainer, optionIds: string[]): Promise<Map<string, { kind: "pickup" | "zone-delivery"; stock_location_id: string }>> {
  if (optionIds.length === 0) return new Map()
  const { data: options } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "shipping_option", fields: FIELDS, filters: { id: optionIds } })
  return new Map(
    options.flatMap((option) => {
      const set = option.service_zone?.fulfillment_set
      if (!set?.location?.id || !offeredInStore(option.rules as Rule[])) return []
      const kind = set.type === "pickup" ? "pickup" : isZoneDeliveryProvider(option.provider_id) ? "zone-delivery" : undefined
      return kind ? [[option.id, { kind, stock_location_id: set.location.id }] as const] : []
    })
  )
}

/** A kitchen's delivery priced by zone, as offered on the storefront. */
export async function zoneDeliveryOptionAt(container: MedusaContainer, stockLocationId: string): Promise<string | undefined> {
  const { data: locations } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "stock_location", fields: ["fulfillment_sets.service_zones.shipping_options.id"], filters: { id: stockLocationId } })
  const ids = (locations[0]?.fulfillment_sets ?? []).flatMap((set) =>
    (set?.service_zones ?? []).flatMap((zone) => (zone?.shipping_options ?? []).flatMap((option) => (option ? [option.id] : [])))
  )
  const options = await storeOptionsAmong(container, ids)
  return [...options].find(([, option]) => option.kind === "zone-delivery")?.[0]
}
