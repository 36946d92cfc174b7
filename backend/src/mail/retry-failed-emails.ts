import type { MedusaContainer } from "@medusajs/framework/types"
import { resendKey } from "./email-attempts"
import { readUndeliveredEmails } from "./read-undelivered-emails"
import { sendEmail } from "./send-email"

/** E-mails are retried for a day: the whole backoff is a quarter of an hour, the rest covers a server that was down. */
const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000

/**
 * Sends again each undelivered e-mail whose next attempt is due at `now`: a
 * new notification pointing to the first (`original_notification_id`) keyed
 * `<first key>#<attempt>`, so that two processes retrying at the same moment
 * create it once and send it once. Returns the ids of the e-mails retried.
 */
export async function retryFailedEmails(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const undelivered = await readUndeliveredEmails(container, new Date(now.getTime() - RETRY_WINDOW_MS), now)
  const due = undelivered.filter((email) => email.next_attempt_at && email.next_attempt_at <= now)
  await Promise.all(
    due.map(({ first, attempts }) =>
      sendEmail(container, {
        to: first.to,
        channel: first.channel,
        template: first.template,
        data: first.data,
        trigger_type: first.trigger_type,
        resource_id: first.resource_id,
        resource_type: first.resource_type,
        receiver_id: first.receiver_id,
        original_notification_id: first.id,
        idempotency_key: resendKey(first, attempts + 1),
      })
    )
  )
  return due.map(({ first }) => first.id)
}
