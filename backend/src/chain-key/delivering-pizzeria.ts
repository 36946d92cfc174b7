import type { MedusaContainer } from "@medusajs/framework/types"
import { codedErrorIn } from "@oc-pizza/api-types"
import { placeOfAddress, resolveDeliveryZoneWorkflow, type DeliveryAddress } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import type { KeyPizzeria } from "./pizzerias-of-key"

/** The longest address part we look up (the store's own address search takes as much). */
const LONGEST = 200

/**
 * The parts of an address we can look up, from what a request sent before
 * Medusa validated it: text only, not too long, and a street or a postcode;
 * undefined otherwise (the cart then stays where it is, and Medusa's own
 * validation answers).
 */
export function placeableAddress(value: unknown): DeliveryAddress | undefined {
  if (!value || typeof value !== "object") return undefined
  const parts = value as Record<string, unknown>
  const text = (key: keyof DeliveryAddress) => (typeof parts[key] === "string" && (parts[key] as string).length <= LONGEST ? (parts[key] as string) : undefined)
  const address: DeliveryAddress = {
    address_1: text("address_1"),
    address_2: text("address_2"),
    postal_code: text("postal_code"),
    city: text("city"),
    country_code: text("country_code"),
  }
  return address.address_1?.trim() || address.postal_code?.trim() ? address : undefined
}

/**
 * Of the key's pizzerias, the one that delivers this address, as our shop
 * resolves it (the zoning plugin's resolveDeliveryZoneWorkflow), closed or
 * not (the checkout then says when it opens again); none when the address
 * cannot be placed or no zone covers it: that is said where the customer
 * chooses delivery.
 */
export async function deliveringPizzeria(container: MedusaContainer, address: DeliveryAddress, pizzerias: KeyPizzeria[]): Promise<KeyPizzeria | undefined> {
  try {
    const { result } = await resolveDeliveryZoneWorkflow(container).run({
      input: { place: placeOfAddress(address), stock_location_ids: pizzerias.map((pizzeria) => pizzeria.stock_location_id) },
    })
    return pizzerias.find((pizzeria) => pizzeria.stock_location_id === result.stock_location_id)
  } catch (error) {
    const refusal = codedErrorIn(error)
    if (!refusal) throw error
    const closed = refusal.code === "pizzeria_closed" ? refusal.details?.stock_location_id : undefined
    return pizzerias.find((pizzeria) => pizzeria.stock_location_id === closed)
  }
}
