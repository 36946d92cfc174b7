import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ZoneDeliveryProviderService } from "../providers/zone-delivery/service"

/** Whether a shipping option's provider is this plugin's zone-priced delivery (whatever id the application gave it). */
export function isZoneDeliveryProvider(providerId: string | null | undefined): boolean {
  return !!providerId?.startsWith(`${ZoneDeliveryProviderService.identifier}_`)
}

/** Of these shipping options, the zone-priced ones, each with the stock location it delivers from. */
export async function zoneDeliveryOptions(container: MedusaContainer, optionIds: string[]): Promise<Map<string, string | undefined>> {
  if (optionIds.length === 0) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "provider_id", "service_zone.fulfillment_set.location.id"],
    filters: { id: optionIds },
  })
  return new Map(
    options.filter((option) => isZoneDeliveryProvider(option.provider_id)).map((option) => [option.id, option.service_zone?.fulfillment_set?.location?.id ?? undefined])
  )
}
