import type { MedusaContainer, NotificationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { attemptOf, nextEmailAttemptAt } from "./email-attempts"

/** An e-mail no attempt has delivered: its first send, its last attempt and when the next is due (null: given up). */
export type UndeliveredEmail = {
  first: NotificationDTO
  last: NotificationDTO
  attempts: number
  last_error: string | null
  next_attempt_at: Date | null
}

/** A send still "pending" after this long belongs to a process that stopped mid-send: it counts as failed. */
const STUCK_AFTER_MS = 10 * 60_000

/** Filters the notification module takes beyond its declared ones (status, original_notification_id). */
type NotificationFilters = Record<string, unknown>

/**
 * The e-mails first sent since `since` whose every attempt failed. One still
 * being sent (pending, for less than ten minutes) or delivered by any attempt
 * is not listed. The reason
 * of the last failure is kept by `sendEmail` in the notification's
 * `provider_data.last_error`.
 */
export async function readUndeliveredEmails(container: MedusaContainer, since: Date, now = new Date()): Promise<UndeliveredEmail[]> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const list = (filters: NotificationFilters) => notifications.listNotifications(filters as never, { order: { created_at: "ASC" } })
  const failed = (notification: NotificationDTO) =>
    notification.status === "failure" || (notification.status === "pending" && now.getTime() - new Date(notification.created_at).getTime() > STUCK_AFTER_MS)
  const firsts = (await list({ channel: "email", status: ["failure", "pending"], original_notification_id: null, created_at: { $gte: since.toISOString() } })).filter(failed)
  if (!firsts.length) return []
  const resends = await list({ original_notification_id: firsts.map((first) => first.id) })
  return firsts.flatMap((first) => {
    const attempts = [first, ...resends.filter((resend) => resend.original_notification_id === first.id)]
    if (!attempts.every(failed)) return []
    const last = attempts.reduce((latest, attempt) => (attemptOf(attempt) > attemptOf(latest) ? attempt : latest))
    const made = attemptOf(last)
    return [{ first, last, attempts: made, last_error: lastError(last), next_attempt_at: nextEmailAttemptAt(made, new Date(last.created_at)) }]
  })
}

function lastError(notification: NotificationDTO): string | null {
  const error = notification.provider_data?.last_error
  return typeof error === "string" ? error : null
}
