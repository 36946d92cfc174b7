import { StoreApiError } from "@/lib/medusa/client"
import { fill, formatOpening, type Locale, type Messages } from "./messages"
import { saysNothingCharged, withNothingCharged } from "./nothing-charged"

export type Refusal = { code: string; message: string }

/**
 * A refusal in the customer's words: ours by code when we have them (with
 * the reopening time for a closed pizzeria), else the backend's own message,
 * which is written for people too, saying first that nothing was charged
 * when the backend says so. Anything else is logged and said plainly.
 */
export function refusal(error: unknown, m: Messages, locale: Locale): Refusal {
  if (!(error instanceof StoreApiError) || error.status >= 500) {
    console.error(error)
    return { code: "generic", message: m.errors.generic }
  }
  const text =
    error.code === "pizzeria_closed" && typeof error.details.next_opening_at === "string"
      ? fill(m.errors.pizzeria_closed_until, { when: formatOpening(error.details.next_opening_at, "Europe/Paris", locale) })
      : (m.errors[error.code] ?? error.message)
  // a card checkout refused after the card was held: the backend released the hold and says so
  return { code: error.code, message: saysNothingCharged(error.message, error.details) ? withNothingCharged(text, m) : text }
}
