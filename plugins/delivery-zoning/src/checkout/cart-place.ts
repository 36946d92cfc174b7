import type { PlaceInput } from "../geocoding/locate-place"

/** The parts of a cart (or order) address the plugin reads. */
export type DeliveryAddress = {
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
  /** A storefront may keep the browser's position here (`latitude`, `longitude`), used when geocoding fails. */
  metadata?: Record<string, unknown> | null
}

/** What to locate for a shipping address: its one-line form, its postcode, the browser's position if kept. */
export function placeOfAddress(address: DeliveryAddress | null | undefined): PlaceInput {
  if (!address) return {}
  const street = [address.address_1, address.address_2].filter((part) => part?.trim()).join(" ")
  const town = [address.postal_code, address.city].filter((part) => part?.trim()).join(" ")
  const line = [street, town, address.country_code?.toUpperCase()].filter((part) => part?.trim()).join(", ")
  const lat = Number(address.metadata?.latitude)
  const lng = Number(address.metadata?.longitude)
  return {
    address: street ? line : undefined,
    postal_code: address.postal_code?.trim() || undefined,
    ...(Number.isFinite(lat) && Number.isFinite(lng) && address.metadata?.latitude !== undefined ? { lat, lng } : {}),
  }
}
