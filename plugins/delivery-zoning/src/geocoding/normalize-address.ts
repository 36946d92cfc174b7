/**
 * The cache key of an address: accents, case, punctuation and spacing aside,
 * "12, Rue de la République 80000 AMIENS" is "12 rue de la republique 80000 amiens".
 */
export function normalizeAddress(address: string): string {
  return address
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
}
