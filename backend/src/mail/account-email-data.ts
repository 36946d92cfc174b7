import { createHash } from "node:crypto"

/**
 * What the account e-mails (password reset, staff invitation) say and where
 * their links lead. Every link is built from the configured addresses, never
 * from what the requester sent: the reset request's metadata is written by
 * anyone and may only pick the language.
 */

export type EmailLocale = "fr" | "en"
export type ResetAudience = "customer" | "staff"

/** The configured addresses of the shop and of the backend (its admin at /app). */
export type AccountUrls = { storefrontUrl: string; backendUrl: string }

export type AccountNotification = {
  to: string
  channel: "email"
  template: "password-reset" | "staff-invite"
  data: { locale: EmailLocale; audience: ResetAudience; reset_url: string } | { locale: EmailLocale; invite_url: string }
  idempotency_key: string
  resource_type: string
  resource_id: string
}

/** Who a reset token was asked for: Medusa's actor types, customers and admin users. */
export function resetAudienceOf(actorType: string): ResetAudience | undefined {
  if (actorType === "customer") return "customer"
  if (actorType === "user") return "staff"
  return undefined
}

const asLocale = (value: unknown): EmailLocale | undefined => {
  if (typeof value !== "string") return undefined
  const lowered = value.trim().toLowerCase()
  if (lowered === "fr" || lowered.startsWith("fr-")) return "fr"
  if (lowered === "en" || lowered.startsWith("en-")) return "en"
  return undefined
}

/**
 * The language of an account e-mail: the one the recipient is known to read
 * (their last order's), else the one the request asked for ("fr" or "en",
 * anything else ignored), else French.
 */
export function accountEmailLocale(known: string | null | undefined, asked: unknown): EmailLocale {
  return asLocale(known) ?? asLocale(asked) ?? "fr"
}

const joinUrl = (base: string, path: string, token: string) => `${base.replace(/\/+$/, "")}${path}?token=${encodeURIComponent(token)}`

/**
 * A stable name for a reset token: its `jti` (single-use, stored by the auth
 * module), else a digest of the whole token. The same event delivered twice
 * then sends one e-mail, and no key holds the token itself.
 */
export function resetTokenId(token: string): string {
  const payload = token.split(".")[1]
  if (payload) {
    try {
      const { jti } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { jti?: unknown }
      if (typeof jti === "string" && jti) return jti
    } catch {
      // not a JWT we can read: the digest below names it as well
    }
  }
  return digest(token)
}

const digest = (secret: string) => createHash("sha256").update(secret).digest("base64url").slice(0, 32)

/** The reset e-mail: customers to the shop's reset page, staff to the admin's. */
export function passwordResetEmail(recipient: { audience: ResetAudience; email: string; id: string; locale: EmailLocale }, token: string, urls: AccountUrls): AccountNotification {
  const reset_url = recipient.audience === "customer" ? joinUrl(urls.storefrontUrl, "/account/reset-password", token) : joinUrl(urls.backendUrl, "/app/reset-password", token)
  return {
    to: recipient.email,
    channel: "email",
    template: "password-reset",
    data: { locale: recipient.locale, audience: recipient.audience, reset_url },
    idempotency_key: `password-reset:${resetTokenId(token)}`,
    resource_type: recipient.audience === "customer" ? "customer" : "user",
    resource_id: recipient.id,
  }
}

/**
 * The invitation e-mail, to the admin's own invitation page. A resent
 * invitation carries a new token, so it is a new e-mail; the same token
 * delivered twice is sent once.
 */
export function staffInviteEmail(invite: { id: string; email: string; token: string }, locale: EmailLocale, urls: Pick<AccountUrls, "backendUrl">): AccountNotification {
  return {
    to: invite.email,
    channel: "email",
    template: "staff-invite",
    data: { locale, invite_url: joinUrl(urls.backendUrl, "/app/invite", invite.token) },
    idempotency_key: `staff-invite:${invite.id}:${digest(invite.token)}`,
    resource_type: "invite",
    resource_id: invite.id,
  }
}
