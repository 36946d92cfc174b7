import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { createTransport, type Transporter } from "nodemailer"
import type { SmtpSettings } from "../../config/settings"
import { maskEmailAddress } from "../../mail/mask-email-address"
import { renderEmail } from "../../mail/render-email"

/** The provider's options, from `settings.mail` (backend/src/config/settings.ts). */
export type SmtpNotificationOptions = {
  /** The relay: `{ url }` (SMTP_URL) or host, port, TLS and account; none: nothing leaves, one line is logged. */
  smtp?: SmtpSettings
  /** The sender every message shows (MAIL_FROM), e.g. `OC Pizza <commandes@oc-pizza.fr>`. */
  from: string
}

/** How long a relay may keep us waiting: a stalled relay fails the send (and its retry comes later) instead of holding the subscriber for minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

/**
 * Sends the e-mail channel's notifications through an SMTP relay: each is
 * rendered from its template and data (French unless `data.locale` is "en"),
 * then handed to the relay over a pool of connections this provider keeps.
 * A refusal or an unreachable relay throws, so Medusa marks the notification
 * `failure` and the retry job (src/jobs/retry-failed-emails.ts) tries again.
 *
 * Without a relay (development, tests, OCP_MAIL_DISABLED=true) it renders the
 * e-mail and logs one line: template, masked address, subject. Never the
 * data, which carries reset, invitation and tracking links (Medusa's
 * notification-local would log all of it).
 */
export default class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"
  private readonly transport: Transporter | undefined
  private readonly from: string
  private readonly logger: Logger | undefined

  static validateOptions(options: Record<string, unknown>): void {
    const smtp = options.smtp as Partial<{ url: string; host: string }> | undefined
    if (smtp && !smtp.url && !smtp.host) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The smtp notification provider needs `smtp` as { url } or { host, port, secure, auth }: set SMTP_URL.")
    }
    if (typeof options.from !== "string" || !options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The smtp notification provider needs `from`: set MAIL_FROM.")
    }
  }

  constructor(container: { logger?: Logger }, options: SmtpNotificationOptions) {
    super()
    this.from = options.from
    this.logger = container.logger
    this.transport = options.smtp ? createTransport({ pool: true, ...TIMEOUTS, ...options.smtp }) : undefined
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const data = notification.data ?? {}
    const { subject, html, text } = await renderEmail(notification.template, data)
    if (!this.transport) {
      this.logger?.info(`E-mail ${notification.template} to ${maskEmailAddress(notification.to)} not sent (no SMTP relay configured): "${subject}"`)
      return {}
    }
    const info = await this.transport.sendMail({
      from: notification.from || this.from,
      to: notification.to,
      subject,
      html,
      text,
      headers: { "Content-Language": data.locale === "en" ? "en" : "fr" },
    })
    return { id: info.messageId }
  }
}
