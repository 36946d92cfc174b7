import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { readSettings } from "@/config/settings"
import { accountEmailLocale, passwordResetEmail, resetAudienceOf } from "@/mail/account-email-data"
import { readAccountRecipient } from "@/mail/read-account-recipient"

/** What Medusa emits when someone asks for a reset; `metadata` is the requester's own and only its `locale` is read. */
type PasswordResetRequested = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> | null }

/** E-mails the reset link to the account's owner: customers to the shop, staff to the admin. Nothing for an address without such an account. */
export default async function sendPasswordResetEmail({ event: { data }, container }: SubscriberArgs<PasswordResetRequested>): Promise<void> {
  const audience = resetAudienceOf(data.actor_type)
  if (!audience) return
  const recipient = await readAccountRecipient(container, audience, data.entity_id)
  if (!recipient) return
  const settings = readSettings()
  const locale = accountEmailLocale(recipient.knownLocale, data.metadata?.locale)
  await container
    .resolve(Modules.NOTIFICATION)
    .createNotifications(
      passwordResetEmail({ ...recipient, locale }, data.token, { storefrontUrl: process.env.STOREFRONT_URL?.trim() || "http://localhost:8000", backendUrl: settings.backendUrl })
    )
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
