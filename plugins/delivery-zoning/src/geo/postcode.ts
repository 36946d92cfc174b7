/** Postcodes compare without spaces and case ("80 000" is "80000", "sw1a 1aa" is "SW1A1AA"). */
export function normalizePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, "").toUpperCase()
}

/** The postcode written in a one-line French address ("12 rue X, 80000 Amiens"), if any. */
export function postcodeInAddress(address: string): string | undefined {
  return address.match(/\b(\d{5})\b/)?.[1]
}
