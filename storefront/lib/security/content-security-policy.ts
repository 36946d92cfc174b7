/**
 * The shop's Content-Security-Policy, made per request by middleware.ts.
 *
 * Scripts: only those carrying this request's nonce ('strict-dynamic' lets
 * them load what they need, such as Stripe.js from js.stripe.com once a card
 * is chosen). Next puts the nonce on its own scripts, inline hydration data
 * included, when it finds it in the request's policy; every page is rendered
 * per request anyway (the layout reads the cart and session cookies), so a
 * nonce costs no static page. The Stripe origins stay listed for browsers
 * without 'strict-dynamic'.
 * Styles: the shop's own stylesheets, and inline ones, which Stripe's
 * Payment Element and Next's error pages insert; styles cannot run code.
 * Frames: Stripe's card fields and 3-D Secure page, Google's map of a
 * pizzeria (GOOGLE_MAPS_BROWSER_KEY). Pictures: the shop, the backend's
 * /static (MEDUSA_BACKEND_URL, plain http in the demo) and any https host.
 */
export function contentSecurityPolicy({ nonce, backendUrl, development }: { nonce: string; backendUrl?: string; development: boolean }): string {
  const backend = originOf(backendUrl)
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' https://js.stripe.com https://*.js.stripe.com${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: https:${backend ? ` ${backend}` : ""}`,
    "font-src 'self' data:",
    `connect-src 'self' https://api.stripe.com https://*.stripe.com${development ? " ws: wss:" : ""}`,
    "frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com https://www.google.com",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}
