import "server-only"
import type { Locale } from "@/lib/i18n/messages"
import { storeApi } from "./client"
import { shopperAddress } from "./shopper-address"

/**
 * Asks the backend to e-mail a reset link. It answers the same whether or not
 * an account exists; the only thing the shop tells it besides the address is
 * the language the e-mail should be written in.
 */
export async function askPasswordReset(email: string, locale: Locale): Promise<void> {
  await storeApi("/auth/customer/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email, metadata: { locale } },
    token: null,
    forwardedFor: await shopperAddress(),
  })
}

/** Sets the new password with the e-mail's single-use token; a used or expired token is refused with 401. */
export async function setNewPassword(resetToken: string, email: string, password: string): Promise<void> {
  await storeApi("/auth/customer/emailpass/update", { method: "POST", body: { email, password }, token: resetToken, forwardedFor: await shopperAddress() })
}
