import type { Messages } from "./messages"

/**
 * A refused checkout whose card hold the backend released says so: first by
 * the flag `details.card_hold_released` (backend/src/payments/checkout-refusal.ts),
 * else in its message ("… Nothing has been charged …", "… rien n'a été débité …",
 * backend/src/payments/declined-payment.ts, or an error the backend could not
 * give details to): the shop words refusals by code, so it carries that fact
 * over itself.
 */
export function saysNothingCharged(backendMessage: string, details?: Record<string, unknown>): boolean {
  if (details?.card_hold_released === true) return true
  return /nothing (has been|was) charged|rien n['’]a été débité/i.test(backendMessage)
}

/** "Rien n'a été débité." first, unless the shop's text for the refusal already says it. */
export function withNothingCharged(text: string, m: Messages): string {
  return text.toLowerCase().includes(m.chargedWord) ? text : `${m.nothingCharged} ${text}`
}
