import type { MedusaContainer } from "@medusajs/framework/types"
import { isCodedError } from "@oc-pizza/api-types"
import { placeOfAddress, resolveDeliveryZoneWorkflow, type DeliveryAddress } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import type { KeyPizzeria } from "./pizzerias-of-key"

/** Whether an address says enough to be placed (a street or a postcode). */
export const isPlaceable = (address: DeliveryAddress | null | undefined): address is DeliveryAddress => !!(address?.address_1 || address?.postal_code)

/**
 * Of the key's pizzerias, the one that delivers this address now, as our
 * shop resolves it (the zoning plugin's resolveDeliveryZoneWorkflow); none
 * when the address cannot be placed, no zone covers it or its pizzeria is
 * closed: those are said where the customer chooses delivery.
 */
export async function deliveringPizzeria(container: MedusaContainer, address: DeliveryAddress, pizzerias: KeyPizzeria[]): Promise<KeyPizzeria | undefined> {
  try {
    const { result } = await resolveDeliveryZoneWorkflow(container).run({
      input: { place: placeOfAddress(address), stock_location_ids: pizzerias.map((pizzeria) => pizzeria.stock_location_id) },
    })
    return pizzerias.find((pizzeria) => pizzeria.stock_location_id === result.stock_location_id)
  } catch (error) {
    if (isCodedError(error) || isCodedError((error as { cause?: unknown } | null)?.cause)) return undefined
    throw error
  }
}
