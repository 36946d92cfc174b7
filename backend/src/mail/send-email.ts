import type { CreateNotificationDTO, MedusaContainer, NotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EMAIL_ATTEMPTS, attemptOf, nextEmailAttemptAt } from "./email-attempts"
import { maskEmailAddress } from "./mask-email-address"

/** What Medusa's notification module says when the provider failed: `Failed to send notification with id noti_...:\n<reason>`. */
const SEND_FAILURE = /Failed to send notification with id (\S+?):\s*([\s\S]*)$/

/**
 * Sends e-mails through Medusa's notification module and never lets one be
 * lost silently: when the relay refuses or cannot be reached, Medusa has
 * marked the notification `failure` and throws; this logs which order or
 * account it concerned and when it is tried again, keeps the reason on the
 * notification for the manager's dashboard, and returns instead of failing
 * the subscriber (the order is placed whatever the mail does). The retry job
 * (src/jobs/retry-failed-emails.ts) sends it again later.
 *
 * Each notification is sent on its own, so one failed address does not hide
 * which others went out. Returns the notifications sent now (none for a key
 * already sent, or on failure).
 */
export async function sendEmail(container: MedusaContainer, notification: CreateNotificationDTO | CreateNotificationDTO[]): Promise<NotificationDTO[]> {
  const sent = await Promise.all((Array.isArray(notification) ? notification : [notification]).map((one) => sendOne(container, one)))
  return sent.flat()
}

async function sendOne(container: MedusaContainer, notification: CreateNotificationDTO): Promise<NotificationDTO[]> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  try {
    return await notifications.createNotifications([notification])
  } catch (error) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const message = error instanceof Error ? error.message : String(error)
    const failure = SEND_FAILURE.exec(message)
    const [row] = failure
      ? await notifications.listNotifications({ id: failure[1] } as never, { take: 1 })
      : notification.idempotency_key
        ? await notifications.listNotifications({ idempotency_key: notification.idempotency_key } as never, { take: 1 })
        : []
    const what = `E-mail ${notification.template} for ${concerning(notification)} to ${maskEmailAddress(notification.to)}`
    // another process created the same key first: the e-mail is its to send
    if (!failure && row && row.status !== "failure") {
      logger.debug(`${what} is already being sent by another process (${row.id}).`)
      return []
    }
    // a relay's refusal often quotes the address ("550 <jean@example.fr>: rejected"): kept masked, like `to`
    const reason = (failure?.[2] ?? message).trim().replace(/[^\s<>"'()[\]]+@[^\s<>"'()[\]]+/g, maskEmailAddress) || "no reason given"
    if (!row) {
      logger.warn(`${what} failed before it was recorded: ${reason}`)
      return []
    }
    await (notifications as unknown as NotificationUpdater).updateNotifications({ id: row.id, provider_data: { ...(row.provider_data ?? {}), last_error: reason } })
    const attempt = attemptOf(row)
    const next = nextEmailAttemptAt(attempt, new Date(row.created_at))
    logger.warn(`${what} failed (attempt ${attempt} of ${EMAIL_ATTEMPTS}): ${reason}; ${next ? `next try at ${next.toISOString().slice(11, 16)} UTC` : "no more tries"}.`)
    return []
  }
}

/** The module's generated update, which its declared interface leaves out. */
type NotificationUpdater = { updateNotifications(data: { id: string; provider_data: Record<string, unknown> }): Promise<unknown> }

/** "order order_123", "user user_456": what the e-mail is about, for whoever reads the log. */
function concerning(notification: CreateNotificationDTO): string {
  if (notification.resource_type && notification.resource_id) return `${notification.resource_type} ${notification.resource_id}`
  const data = (notification.data ?? {}) as { order?: { id?: unknown }; order_id?: unknown }
  const orderId = data.order?.id ?? data.order_id
  if (typeof orderId === "string") return `order ${orderId}`
  if (notification.receiver_id) return `user ${notification.receiver_id}`
  return "its recipient"
}
