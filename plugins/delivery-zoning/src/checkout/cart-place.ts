import type { PlaceInput } from "../geocoding/locate-place"

/** The parts of a cart (or order) address the plugin reads. */
export type DeliveryAddress = {
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
}

/**
 * What to locate for a shipping address: its one-line form and its postcode.
 * Never coordinates sent along with it: a price must not follow a point the
 * customer can choose, so checkout places an address by geocoding (cache,
 * gazetteer, Google) or, failing that, by its postcode.
 */
export function placeOfAddress(address: DeliveryAddress | null | undefined): PlaceInput {
  if (!address) return {}
  const street = [address.address_1, address.address_2].filter((part) => part?.trim()).join(" ")
  const town = [address.postal_code, address.city].filter((part) => part?.trim()).join(" ")
  const line = [street, town, address.country_code?.toUpperCase()].filter((part) => part?.trim()).join(", ")
  return { address: street ? line : undefined, postal_code: address.postal_code?.trim() || undefined }
}
