import { DomainError } from "@/errors/domain-error"
import type { Customisation } from "./customise-line"

/**
 * Where a line carries its customisation: `metadata.customisation`
 * (`{ remove, add }`, inventory item ids). Only the server writes it: the
 * store's own line routes refuse it (refuseCustomerCustomisation), so a
 * customer changes a pizza through POST /store/carts/:id/customised-items,
 * which prices it.
 */
export const CUSTOMISATION_KEY = "customisation"

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((id) => typeof id === "string")

/** The customisation a line carries, or null for a dish as the recipe makes it. */
export function customisationOf(metadata: Record<string, unknown> | null | undefined): Customisation | null {
  const value = metadata?.[CUSTOMISATION_KEY] as { remove?: unknown; add?: unknown } | undefined
  if (!value || !isIdList(value.remove) || !isIdList(value.add)) return null
  if (value.remove.length === 0 && value.add.length === 0) return null
  return { remove: value.remove, add: value.add }
}

/** Whether a store request's body writes a line's customisation itself (`items[].metadata` or `metadata`). */
export function writesCustomisation(body: unknown): boolean {
  const asked = body as { metadata?: Record<string, unknown>; items?: { metadata?: Record<string, unknown> }[] } | undefined
  const metadatas = [asked?.metadata, ...(Array.isArray(asked?.items) ? asked.items.map((item) => item?.metadata) : [])]
  return metadatas.some((metadata) => metadata !== null && typeof metadata === "object" && CUSTOMISATION_KEY in metadata)
}

export const customisationWrittenByCustomer = () =>
  new DomainError(
    400,
    "customisation_reserved",
    {
      fr: "La personnalisation d'une pizza passe par POST /store/carts/:id/customised-items, qui la vérifie et la facture.",
      en: "A pizza is customised through POST /store/carts/:id/customised-items, which checks and prices it.",
    },
    { key: `metadata.${CUSTOMISATION_KEY}` }
  )
