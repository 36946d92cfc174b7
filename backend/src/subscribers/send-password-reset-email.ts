import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { readSettings } from "@/config/settings"
import { accountEmailLocale, passwordResetEmail, resetAudienceOf } from "@/mail/account-email-data"
import { readAccountRecipient } from "@/mail/read-account-recipient"
import { sendEmail } from "@/mail/send-email"

/** What Medusa emits when someone asks for a reset; `metadata` is the requester's own and only its `locale` is read. */
type PasswordResetRequested = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> | null }

/** E-mails the reset link to the account's owner: customers to the shop, staff to the admin. Nothing for an address without such an account. */
export default async function sendPasswordResetEmail({ event: { data }, container }: SubscriberArgs<PasswordResetRequested>): Promise<void> {
  const audience = resetAudienceOf(data.actor_type)
  if (!audience) return
  const recipient = await readAccountRecipient(container, audience, data.entity_id)
  if (!recipient) return
  const locale = accountEmailLocale(recipient.knownLocale, data.metadata?.locale)
  await sendEmail(container, passwordResetEmail({ ...recipient, locale }, data.token, readSettings()))
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
