import "server-only"
import type { Locale } from "@/lib/i18n/messages"
import { backendUrl, publishableKey, storeApi, StoreApiError } from "./client"
import { shopperAddress } from "./shopper-address"

/**
 * Asks the backend to e-mail a reset link. It answers the same whether or not
 * an account exists; the only thing the shop tells it besides the address is
 * the language the e-mail should be written in. Medusa answers a bare
 * "Created" rather than JSON, so this call reads only the status (and the
 * JSON body of a refusal, such as too many requests).
 */
export async function askPasswordReset(email: string, locale: Locale): Promise<void> {
  const forwardedFor = await shopperAddress()
  const response = await fetch(new URL("/auth/customer/emailpass/reset-password", backendUrl()), {
    method: "POST",
    cache: "no-store",
    headers: { "x-publishable-api-key": publishableKey(), "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: JSON.stringify({ identifier: email, metadata: { locale } }),
  })
  if (response.ok) return
  const text = await response.text()
  // our refusals are JSON; a proxy's error page is not
  const refusal = (text.trimStart().startsWith("{") ? JSON.parse(text) : {}) as { code?: unknown; type?: unknown; message?: unknown; details?: Record<string, unknown> }
  const code = typeof refusal.code === "string" ? refusal.code : typeof refusal.type === "string" ? refusal.type : `http_${response.status}`
  throw new StoreApiError(response.status, code, typeof refusal.message === "string" ? refusal.message : response.statusText, refusal.details ?? {})
}

/** Sets the new password with the e-mail's single-use token; a used or expired token is refused with 401. */
export async function setNewPassword(resetToken: string, email: string, password: string): Promise<void> {
  await storeApi("/auth/customer/emailpass/update", { method: "POST", body: { email, password }, token: resetToken, forwardedFor: await shopperAddress() })
}
