import type { DeliveryInstructions } from "@oc-pizza/api-types"
import { DomainError } from "../errors/domain-error"

/** Where the checkout keeps them: the shipping address's metadata, copied onto the order's address as it is placed. */
export const DELIVERY_INSTRUCTIONS_KEY = "delivery_instructions"

/** Longest accepted text, per part: a door code, a floor or flat, a short note for the driver. */
export const DELIVERY_INSTRUCTIONS_LIMITS = { door_code: 20, floor: 40, note: 200 } as const

type Part = keyof typeof DELIVERY_INSTRUCTIONS_LIMITS
const PARTS = Object.keys(DELIVERY_INSTRUCTIONS_LIMITS) as Part[]

/**
 * Refuses delivery instructions the staff screens could not show: not an
 * object of short texts (`400 delivery_instructions_invalid`, naming the
 * part). Absent or null instructions pass. Display only: nothing decides
 * from them, so this is about their shape and length, not their truth.
 */
export function assertDeliveryInstructions(value: unknown): void {
  if (value === undefined || value === null) return
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new DomainError(400, "delivery_instructions_invalid", {
      fr: "Les indications de livraison sont un code d'entrée, un étage et une note.",
      en: "Delivery instructions must be an object with door_code, floor and note.",
    })
  }
  for (const [key, part] of Object.entries(value)) {
    if (!PARTS.includes(key as Part))
      throw new DomainError(
        400,
        "delivery_instructions_invalid",
        { fr: `Indication de livraison inconnue « ${key} » : door_code, floor ou note.`, en: `Unknown delivery instruction "${key}": use door_code, floor or note.` },
        { field: key }
      )
    if (part === null) continue
    if (typeof part !== "string")
      throw new DomainError(
        400,
        "delivery_instructions_invalid",
        { fr: `L'indication de livraison ${key} doit être du texte.`, en: `The delivery instruction ${key} must be text.` },
        { field: key }
      )
    const limit = DELIVERY_INSTRUCTIONS_LIMITS[key as Part]
    if (part.length > limit) {
      throw new DomainError(
        400,
        "delivery_instructions_too_long",
        {
          fr: `L'indication de livraison ${key} dépasse ${limit} caractères.`,
          en: `The delivery instruction ${key} is longer than ${limit} characters.`,
        },
        { field: key, max_length: limit }
      )
    }
  }
}

/** The instructions kept on an order's shipping address, trimmed; null when there are none (or they are not of the checked shape). */
export function deliveryInstructionsOf(metadata: Record<string, unknown> | null | undefined): DeliveryInstructions | null {
  const raw = metadata?.[DELIVERY_INSTRUCTIONS_KEY]
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null
  const text = (part: Part): string | null => {
    const value = (raw as Record<string, unknown>)[part]
    return typeof value === "string" && value.trim() ? value.trim().slice(0, DELIVERY_INSTRUCTIONS_LIMITS[part]) : null
  }
  const instructions = { door_code: text("door_code"), floor: text("floor"), note: text("note") }
  return instructions.door_code || instructions.floor || instructions.note ? instructions : null
}
