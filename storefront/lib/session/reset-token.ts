/**
 * What the shop reads from a reset link's token without trusting it: the
 * account's e-mail (to sign the customer in once the backend accepted the new
 * password) and whether it has visibly expired (to say so before the customer
 * types anything). The backend alone decides whether the token is valid.
 */
export type ResetTokenView = { email: string; expired: boolean }

export function readResetToken(token: string | undefined, now: Date = new Date()): ResetTokenView | undefined {
  const payload = token?.split(".")[1]
  if (!payload) return undefined
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { entity_id?: unknown; exp?: unknown }
    if (typeof claims.entity_id !== "string" || !claims.entity_id) return undefined
    return { email: claims.entity_id, expired: typeof claims.exp === "number" && claims.exp * 1000 <= now.getTime() }
  } catch {
    // not a token the backend wrote: the page treats it as a broken link
    return undefined
  }
}
