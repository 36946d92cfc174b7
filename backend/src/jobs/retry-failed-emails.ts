import type { MedusaContainer } from "@medusajs/framework/types"
import { EVERY_MINUTE } from "../config/repair-jobs-schedule"
import { retryFailedEmails } from "../mail/retry-failed-emails"

/** Every minute: sends again the e-mails the relay refused whose next attempt is due (schedule in src/mail/email-attempts.ts). */
export default async function retryFailedEmailsJob(container: MedusaContainer): Promise<void> {
  await retryFailedEmails(container)
}

export const config = { name: "retry-failed-emails", schedule: EVERY_MINUTE }
