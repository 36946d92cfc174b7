import { MedusaError } from "@medusajs/framework/utils"
import { render, toPlainText } from "@react-email/render"
import type { CustomerNews } from "../kitchen/customer-messages"
import type { EmailTemplate } from "./templates/define-email"
import { lowStockEmail } from "./templates/low-stock-email"
import { orderEmail } from "./templates/order-email"
import { passwordResetEmail } from "./templates/password-reset-email"
import { staffInviteEmail } from "./templates/staff-invite-email"

const ORDER_NEWS: CustomerNews[] = ["scheduled", "received", "modified", "preparing", "ready", "out_for_delivery", "delivered", "collected", "cancelled", "delivery_failed"]

/** Every e-mail OC Pizza sends, by the `template` name its notification carries. */
const templates: Record<string, EmailTemplate> = {
  ...Object.fromEntries(ORDER_NEWS.map((news) => [`order-${news}`, orderEmail(news)])),
  "low-stock": lowStockEmail,
  "staff-invite": staffInviteEmail,
  "password-reset": passwordResetEmail,
}

export const EMAIL_TEMPLATES = Object.keys(templates)

/** Headings keep their case in the text part: a shouted subject reads as anger. */
const textOptions = { selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })) }

/**
 * The subject, HTML and plain-text parts of the e-mail `template` says, from
 * the notification's `data`. The text part is made from the same HTML, so the
 * two never tell different things.
 */
export async function renderEmail(template: string, data: Record<string, unknown>): Promise<{ subject: string; html: string; text: string }> {
  const compose = Object.hasOwn(templates, template) ? templates[template] : undefined
  if (!compose) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown e-mail template "${template}"`)
  const { subject, element } = compose(template, data)
  const html = await render(element)
  return { subject, html, text: toPlainText(html, textOptions) }
}
