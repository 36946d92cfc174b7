import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InviteWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { readSettings } from "@/config/settings"
import { staffInviteEmail } from "@/mail/account-email-data"
import { sendEmail } from "@/mail/send-email"

/** E-mails a new (or resent) staff invitation to the person invited, with the admin's page that opens their account. */
export default async function sendStaffInviteEmail({ event: { data }, container }: SubscriberArgs<{ id: string }>): Promise<void> {
  const [invite] = await container.resolve(Modules.USER).listInvites({ id: data.id }, { select: ["id", "email", "token", "accepted", "expires_at"], take: 1 })
  if (!invite || invite.accepted || new Date(invite.expires_at) <= new Date()) return
  // staff read French unless they choose otherwise in the admin, which the server does not know
  await sendEmail(container, staffInviteEmail(invite, "fr", readSettings()))
}

export const config: SubscriberConfig = { event: [InviteWorkflowEvents.CREATED, InviteWorkflowEvents.RESENT] }
