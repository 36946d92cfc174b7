/**
 * The cache key of an address: accents, case, punctuation and spacing aside,
 * "12, Rue de la République 80000 AMIENS" is "12 rue de la republique 80000 amiens".
 */
export function normalizeAddress(address: string): string {
  return (
    address
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      // letters of any script count ("ул. Ленина" stays apart from "ул. Пушкина")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  )
}
