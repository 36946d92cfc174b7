import type { IncomingMessage, ServerResponse } from "node:http"

/** Where Medusa serves the admin dashboard (medusa-config leaves `admin.path` at its default). */
export const ADMIN_PATH = "/app"

/**
 * The API answers JSON, files and plain text only: nothing in it may run,
 * be framed or post a form, wherever a response ends up being opened.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox"

/**
 * The built dashboard: its own bundle only (index.html has no inline script),
 * styles inline as well because its UI libraries insert <style> elements,
 * pictures from the API's /static or any https store, and the Google Maps
 * JavaScript API that the zones page loads when GOOGLE_MAPS_BROWSER_KEY is set
 * (plugins/delivery-zoning/src/admin/components/zones-google-map.tsx), with the
 * Google origins that API fetches its tiles, fonts and workers from.
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://*.googleapis.com https://*.gstatic.com https://*.google.com",
  "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data: https://fonts.gstatic.com",
  "connect-src 'self' https://*.googleapis.com https://*.gstatic.com https://*.google.com",
  "frame-src https://*.google.com",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")

type HeaderTarget = Pick<ServerResponse, "setHeader" | "removeHeader">

export function isAdminPath(path: string): boolean {
  return path === ADMIN_PATH || path.startsWith(`${ADMIN_PATH}/`)
}

/**
 * The headers every answer of this server carries: the API's policy, or the
 * dashboard's on /app. The dashboard served by `medusa develop` (Vite, inline
 * scripts, a websocket) gets no policy, only the other headers.
 */
export function applySecurityHeaders(path: string, res: HeaderTarget, env: NodeJS.ProcessEnv = process.env): void {
  const admin = isAdminPath(path)
  if (!admin) res.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY)
  else if (env.NODE_ENV !== "development") res.setHeader("Content-Security-Policy", ADMIN_CONTENT_SECURITY_POLICY)
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("X-Content-Type-Options", "nosniff")
  // the dashboard sends its origin, which the Google Maps browser key's referrer restriction checks
  res.setHeader("Referrer-Policy", admin ? "strict-origin-when-cross-origin" : "no-referrer")
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin")
  res.removeHeader("X-Powered-By")
}

/** The request's path without its query string, as Express's `req.path` would give it. */
export function pathOf(req: Pick<IncomingMessage, "url">): string {
  return (req.url ?? "/").split("?")[0]
}
