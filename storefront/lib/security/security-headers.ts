/**
 * Headers on every answer of the shop, pages and assets alike (next.config.ts);
 * the Content-Security-Policy, which needs a nonce per request, is set by
 * middleware.ts. Next's X-Powered-By is off (poweredByHeader).
 */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // other sites learn the shop's origin, never a tracking link's token or an order page's address
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // "use my location" asks for the position; nothing asks for the camera or the microphone
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
]
