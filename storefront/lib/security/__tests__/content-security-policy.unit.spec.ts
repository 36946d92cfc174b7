import { contentSecurityPolicy } from "../content-security-policy"
import { SECURITY_HEADERS } from "../security-headers"
import nextConfig from "../../../next.config"

const directives = (policy: string) => new Map(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]))

describe("the shop's Content-Security-Policy", () => {
  const production = directives(contentSecurityPolicy({ nonce: "bm9uY2U=", backendUrl: "http://localhost:9000/", development: false }))

  it("runs only the scripts carrying the request's nonce, and what they load (Stripe.js)", () => {
    expect(production.get("script-src")).toEqual(expect.arrayContaining(["'nonce-bm9uY2U='", "'strict-dynamic'", "https://js.stripe.com"]))
    expect(production.get("script-src")).not.toContain("'unsafe-inline'")
    expect(production.get("script-src")).not.toContain("'unsafe-eval'")
    expect(production.get("object-src")).toEqual(["'none'"])
    expect(production.get("base-uri")).toEqual(["'self'"])
  })

  it("lets Stripe's card fields, its 3-D Secure page and Google's pizzeria map be framed, and the shop be framed by nobody", () => {
    expect(production.get("frame-src")).toEqual(expect.arrayContaining(["https://js.stripe.com", "https://hooks.stripe.com", "https://www.google.com"]))
    expect(production.get("connect-src")).toEqual(expect.arrayContaining(["'self'", "https://api.stripe.com"]))
    expect(production.get("frame-ancestors")).toEqual(["'none'"])
  })

  it("shows the backend's pictures, over plain http in the demo", () => {
    expect(production.get("img-src")).toEqual(expect.arrayContaining(["'self'", "data:", "http://localhost:9000"]))
    expect(directives(contentSecurityPolicy({ nonce: "x", backendUrl: "not a url", development: false })).get("img-src")).toEqual(["'self'", "data:", "blob:", "https:"])
  })

  it("allows eval and the reload socket only in development", () => {
    const development = directives(contentSecurityPolicy({ nonce: "x", development: true }))
    expect(development.get("script-src")).toContain("'unsafe-eval'")
    expect(development.get("connect-src")).toContain("ws:")
    expect(production.get("connect-src")).not.toContain("ws:")
  })
})

describe("next.config.ts", () => {
  it("sends the frame, sniffing and referrer headers on every path, without X-Powered-By", async () => {
    const rules = await nextConfig.headers!()
    expect(rules).toEqual([{ source: "/:path*", headers: SECURITY_HEADERS }])
    expect(Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]))).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    })
    expect(nextConfig.poweredByHeader).toBe(false)
  })
})
