/** Where a pizzeria's rush pause lives: its stock location's metadata (OC Pizza's own, no plugin needed). */
export const PAUSED_UNTIL_KEY = "online_orders_paused_until"
export const PAUSE_REASON_KEY = "online_orders_pause_reason"

export type OnlineOrdersPause = { until: string; reason: string | null }

/**
 * The pizzeria's pause of online orders in force at `now` (a manager's
 * "we are swamped, phone orders only" for a while), or null. A pause ends by
 * itself at its time, so a forgotten one never closes the shop for the night.
 */
export function onlineOrdersPause(metadata: Record<string, unknown> | null | undefined, now: Date): OnlineOrdersPause | null {
  const until = metadata?.[PAUSED_UNTIL_KEY]
  if (typeof until !== "string") return null
  const end = new Date(until)
  if (Number.isNaN(end.getTime()) || end <= now) return null
  const reason = metadata?.[PAUSE_REASON_KEY]
  return { until: end.toISOString(), reason: typeof reason === "string" && reason.trim() ? reason : null }
}
