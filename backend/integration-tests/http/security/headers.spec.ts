import { medusaIntegrationTestRunner } from "../../helpers/test-runner"
import type { AxiosResponse } from "axios"
import { loadDemoStore, type DemoStore } from "../../helpers/demo-store"
import { startSecondServer } from "../../helpers/second-server"

jest.setTimeout(300_000)

const anyStatus = { validateStatus: () => true }

/** What every answer of the API carries, refused or not. */
function expectSecurityHeaders({ status, headers }: Pick<AxiosResponse, "status" | "headers">, what: string, csp: RegExp | null = /default-src 'none'.*frame-ancestors 'none'/) {
  const found = {
    what,
    csp: headers["content-security-policy"] ?? null,
    frame: headers["x-frame-options"],
    sniff: headers["x-content-type-options"],
    referrer: headers["referrer-policy"],
    poweredBy: headers["x-powered-by"],
  }
  expect(found).toEqual({
    what,
    csp: csp ? expect.stringMatching(csp) : null,
    frame: "DENY",
    sniff: "nosniff",
    referrer: expect.stringMatching(/^(no-referrer|strict-origin-when-cross-origin)$/),
    poweredBy: undefined,
  })
  return status
}

/** fetch's answer in the shape the checks read. */
async function fetched(url: string): Promise<Pick<AxiosResponse, "status" | "headers">> {
  const response = await fetch(url)
  await response.arrayBuffer()
  return { status: response.status, headers: Object.fromEntries(response.headers.entries()) }
}

/**
 * Security headers on the API's answers, successful or refused at any stage
 * (sign-in required, unreadable body, no such route), the admin dashboard
 * (/app) as `medusa start` serves it, and the admin's session cookie kept
 * to the dashboard's own requests. The built dashboard's policy is checked
 * in a browser by e2e/security-headers.spec.ts.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: DemoStore
    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    it("on the store's and the admin's routes", async () => {
      expect(expectSecurityHeaders(await api.get("/store/pizzerias", { ...store.storeHeaders, ...anyStatus }), "store list")).toBe(200)
      expect(expectSecurityHeaders(await api.get("/store/products?limit=1", { ...store.storeHeaders, ...anyStatus }), "Medusa's store route")).toBe(200)
      expect(expectSecurityHeaders(await api.get("/admin/orders?limit=1", { ...(await store.adminHeaders()), ...anyStatus }), "admin list")).toBe(200)
    })

    it("the admin's session cookie is SameSite=Strict and HttpOnly, and the session it opens works", async () => {
      // the dashboard's way in: the token from /auth/user/emailpass exchanged for a session
      const session = await api.post("/auth/session", {}, { ...(await store.adminHeaders()), ...anyStatus })
      expect(expectSecurityHeaders(session, "session sign-in")).toBe(200)
      const cookie = (session.headers["set-cookie"] ?? []).find((line: string) => line.startsWith("connect.sid="))
      expect(cookie).toBeDefined()
      const attributes = cookie!.split(";").map((part: string) => part.trim().toLowerCase())
      expect(attributes).toEqual(expect.arrayContaining(["samesite=strict", "httponly", "path=/"]))
      const { status } = await api.get("/admin/users/me", { headers: { cookie: cookie!.split(";")[0] }, ...anyStatus })
      expect(status).toBe(200)
    })

    it("on errors, whichever layer refused the request", async () => {
      expect(expectSecurityHeaders(await api.post("/auth/user/emailpass", { email: "nobody@oc-pizza.test", password: "not-the-password" }, anyStatus), "unknown account")).toBe(401)
      const unreadable = await api.post("/store/carts", "{not json", {
        headers: { ...store.storeHeaders.headers, "content-type": "application/json" },
        transformRequest: [(body: string) => body],
        ...anyStatus,
      })
      expect(expectSecurityHeaders(unreadable, "body that is not JSON")).toBe(400)
      expect(expectSecurityHeaders(await api.get("/admin/orders?offset=-1", { ...(await store.adminHeaders()), ...anyStatus }), "bad pagination")).toBe(400)
      expect(expectSecurityHeaders(await api.get("/store/products/prod_does_not_exist", { ...store.storeHeaders, ...anyStatus }), "not found")).toBe(404)
      // Express's own 404 page replaces the policy with its own, as strict: default-src 'none'
      expect(expectSecurityHeaders(await api.get("/no-such-route", anyStatus), "no such route", /^default-src 'none'/)).toBe(404)
    })

    // Medusa answers some refusals itself, before any application middleware (sign-in required,
    // publishable key missing), and mounts the dashboard and /static outside its API: the start
    // command's hook (src/security/send-security-headers-everywhere.ts) covers them
    it("on every answer of `medusa start`: refusals before any middleware, the dashboard at /app, /health", async () => {
      // development mode serves the dashboard from its sources (no policy there: Vite's inline scripts)
      const server = await startSecondServer(dbConfig.clientUrl)
      try {
        expect(expectSecurityHeaders(await fetched(`${server.url}/admin/orders`), "sign-in required")).toBe(401)
        expect(expectSecurityHeaders(await fetched(`${server.url}/store/products`), "no publishable key")).toBe(400)
        expect(expectSecurityHeaders(await fetched(`${server.url}/health`), "health")).toBe(200)
        expect(expectSecurityHeaders(await fetched(`${server.url}/app/login`), "dashboard", null)).toBe(200)
      } finally {
        await server.kill()
      }
    })
  },
})
