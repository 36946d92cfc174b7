import type { DeliveryAddress } from "./place"

/** "12 rue Delambre, 80000 Amiens" → its street, postcode and town, to fill the checkout in; null when it does not read so. */
export function parseAddress(text: string): DeliveryAddress | null {
  const match = /^(.+?)[,\s]+(\d{5})\s+([^,]+?)(?:,\s*[A-Za-z]{2,})?$/.exec(text.trim())
  if (!match) return null
  return { address_1: match[1].trim(), postal_code: match[2], city: match[3].trim() }
}

/** An address picked from the list (a suggestion, a saved address or an ambiguous address's candidate), as the form sends it. */
export type PickedAddress = { label: string; address_1: string | null; postal_code: string | null; city: string | null; lat: number | null; lng: number | null }

/**
 * The picked address the form sent (JSON), checked field by field; null when
 * it is missing, malformed, or no longer what the field says (the customer
 * typed on after picking), so the typed text is placed instead.
 */
export function parsePickedAddress(raw: unknown, typed: string): PickedAddress | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 1000) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  const picked = pickedAddressOf(value)
  return picked && picked.label === typed.trim() ? picked : null
}

/** A suggestion-shaped value (ours, or an ambiguous address's candidate from the backend), or null when any field is off. */
export function pickedAddressOf(value: unknown): PickedAddress | null {
  if (typeof value !== "object" || value === null) return null
  const record = value as Record<string, unknown>
  const text = (key: string, max: number): string | null | undefined => {
    const field = record[key]
    if (field === null || field === undefined) return null
    return typeof field === "string" && field.trim().length > 0 && field.length <= max ? field.trim() : undefined
  }
  const coordinate = (key: string, bound: number): number | null | undefined => {
    const field = record[key]
    if (field === null || field === undefined) return null
    return typeof field === "number" && Number.isFinite(field) && Math.abs(field) <= bound ? field : undefined
  }
  const label = text("label", 300)
  const address_1 = text("address_1", 200)
  const postal_code = text("postal_code", 12)
  const city = text("city", 120)
  const lat = coordinate("lat", 90)
  const lng = coordinate("lng", 180)
  if (!label || address_1 === undefined || postal_code === undefined || city === undefined || lat === undefined || lng === undefined) return null
  if (postal_code !== null && !/^\d{5}$/.test(postal_code)) return null
  if ((lat === null) !== (lng === null)) return null
  return { label, address_1, postal_code, city, lat, lng }
}
