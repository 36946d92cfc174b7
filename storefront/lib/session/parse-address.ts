import type { DeliveryAddress } from "./place"

/** "12 rue Delambre, 80000 Amiens" → its street, postcode and town, to fill the checkout in; null when it does not read so. */
export function parseAddress(text: string): DeliveryAddress | null {
  const match = /^(.+?)[,\s]+(\d{5})\s+([^,]+?)(?:,\s*[A-Za-z]{2,})?$/.exec(text.trim())
  if (!match) return null
  return { address_1: match[1].trim(), postal_code: match[2], city: match[3].trim() }
}
