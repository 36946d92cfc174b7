import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Of these shipping options, the pickups (a fulfillment set of type "pickup"), each with the kitchen it is collected from. */
export async function pickupOptionsAmong(container: MedusaContainer, optionIds: string[]): Promise<Map<string, string>> {
  if (optionIds.length === 0) return new Map()
  const { data: options } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"],
    filters: { id: optionIds },
  })
  return new Map(
    options.flatMap((option) => {
      const set = option.service_zone?.fulfillment_set
      return set?.type === "pickup" && set.location?.id ? [[option.id, set.location.id] as const] : []
    })
  )
}
