import type { MedusaRequest } from "@medusajs/framework/http"

/** What a request under `/auth` does, read the way Express routes it (case-insensitive, trailing slash ignored). */
export type AuthRoute = {
  /** "customer", "user", or the first segment of a non-actor route ("session", "token", "mfa"). */
  actor: string
  provider: string | undefined
  /** "authenticate" for `/auth/:actor/:provider`, else the last segment: "register", "update", "reset-password", "callback", ... */
  action: string
}

export function authRouteOf(req: MedusaRequest): AuthRoute | undefined {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  const segments = path
    .split("/")
    .filter(Boolean)
    .map((segment) => safeDecode(segment).toLowerCase())
  if (segments[0] !== "auth" || segments.length < 2) return undefined
  const [, actor, provider, action] = segments
  return { actor, provider, action: segments.length === 3 ? "authenticate" : (action ?? "") }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    // a malformed escape is not a route Express would match either: compare it as sent
    return segment
  }
}

/** The e-mail a sign-in, registration or reset names, as one account: trimmed and lowercased. */
export function accountOf(req: MedusaRequest): string | undefined {
  const body = req.body as { email?: unknown; identifier?: unknown } | undefined
  const named = typeof body?.email === "string" ? body.email : typeof body?.identifier === "string" ? body.identifier : undefined
  const account = named?.trim().toLowerCase()
  return account ? account : undefined
}
