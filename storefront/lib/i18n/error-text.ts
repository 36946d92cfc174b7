import { StoreApiError } from "@/lib/medusa/client"
import { fill, formatOpening, type Locale, type Messages } from "./messages"

export type Refusal = { code: string; message: string }

/**
 * A refusal in the customer's words: ours by code when we have them (with
 * the reopening time for a closed pizzeria), else the backend's own message,
 * which is written for people too. Anything else is logged and said plainly.
 */
export function refusal(error: unknown, m: Messages, locale: Locale): Refusal {
  if (!(error instanceof StoreApiError) || error.status >= 500) {
    console.error(error)
    return { code: "generic", message: m.errors.generic }
  }
  if (error.code === "pizzeria_closed" && typeof error.details.next_opening_at === "string") {
    return { code: error.code, message: fill(m.errors.pizzeria_closed_until, { when: formatOpening(error.details.next_opening_at, "Europe/Paris", locale) }) }
  }
  return { code: error.code, message: m.errors[error.code] ?? error.message }
}
