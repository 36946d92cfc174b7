/**
 * How often an e-mail is tried: once when it is sent, then again 1, 2, 4 and
 * 8 minutes after each failure, five times in all over about a quarter of an
 * hour, long enough for a relay that restarts or throttles, short enough that
 * an order's news still arrives while it matters. After the fifth failure the
 * e-mail stays on the manager's dashboard as given up.
 */
export const EMAIL_ATTEMPTS = 5
const FIRST_DELAY_MS = 60_000

/** When the attempt after `attempt` (1 = the first send), made at `at`, is due; null when none follows. */
export function nextEmailAttemptAt(attempt: number, at: Date): Date | null {
  if (attempt >= EMAIL_ATTEMPTS) return null
  return new Date(at.getTime() + FIRST_DELAY_MS * 2 ** (attempt - 1))
}

/** The idempotency key of a resend: the first send's key (or id) and the attempt's number, so two workers retrying at once send it once. */
export function resendKey(first: { id: string; idempotency_key?: string | null }, attempt: number): string {
  return `${first.idempotency_key ?? first.id}#${attempt}`
}

/** Which attempt a notification is: 1 for the first send, n for the resend keyed `...#n`. */
export function attemptOf(notification: { original_notification_id?: string | null; idempotency_key?: string | null }): number {
  if (!notification.original_notification_id) return 1
  const number = Number(/#(\d+)$/.exec(notification.idempotency_key ?? "")?.[1])
  return Number.isInteger(number) && number > 1 ? number : 2
}
