import { expect, test, type Page } from "@playwright/test"
import { backend, signIn } from "./admin-session"

/** What the browser reports when a Content-Security-Policy blocks something. */
function watchViolations(page: Page): string[] {
  const found: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame|evaluate)/i.test(message.text())) found.push(message.text())
  })
  return found
}

function expectFramingSniffingReferrer(headers: Record<string, string>) {
  expect(headers["x-frame-options"]).toBe("DENY")
  expect(headers["x-content-type-options"]).toBe("nosniff")
  expect(headers["referrer-policy"]).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/)
  expect(headers["x-powered-by"]).toBeUndefined()
}

test.describe("security headers", () => {
  test("the shop: a nonce policy per page, that its pages run under", async ({ page }) => {
    const violations = watchViolations(page)
    const home = await page.goto("/")
    const headers = home!.headers()
    expectFramingSniffingReferrer(headers)
    const policy = headers["content-security-policy"]
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
    expect(policy).toMatch(/frame-ancestors 'none'/)
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)

    // Next put the page's nonce on every script it rendered (the property: browsers hide the attribute)
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]
    const nonces = await page.locator("script").evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce))
    expect(nonces.length).toBeGreaterThan(0)
    expect(new Set(nonces)).toEqual(new Set([nonce]))
    // a new one for every page
    const again = await page.goto("/")
    expect(/'nonce-([^']+)'/.exec(again!.headers()["content-security-policy"])![1]).not.toBe(nonce)

    // hydrated and working: a link to a menu, the menu, its buttons
    await page.getByRole("link", { name: /Voir la carte.*Amiens Centre/ }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
    const assets = await page.request.get(
      await page
        .locator("script[src]")
        .first()
        .getAttribute("src")
        .then((src) => new URL(src!, page.url()).href)
    )
    expectFramingSniffingReferrer(assets.headers())
    expect(violations).toEqual([])
  })

  test("the admin dashboard: its policy, under which it signs in and shows the orders", async ({ page }) => {
    const violations = watchViolations(page)
    const login = await page.goto(`${backend}/app/login`)
    const headers = login!.headers()
    expectFramingSniffingReferrer(headers)
    expect(headers["content-security-policy"]).toMatch(/default-src 'self'/)
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/)
    await signIn(page)
    await page.goto(`${backend}/app/orders`)
    // the orders page ran its requests under the policy: a table, or "no records" before the first order
    await expect(
      page
        .getByRole("table")
        .or(page.getByText(/No records|Aucun enregistrement/))
        .first()
    ).toBeVisible()
    expect(violations).toEqual([])
  })

  test("the API, answers and refusals alike", async ({ request }) => {
    // /store/products without a publishable key and /admin/orders without a session are refused by Medusa before any of our middlewares
    for (const path of ["/store/products", "/admin/orders", "/health"]) {
      const answer = await request.get(`${backend}${path}`)
      expectFramingSniffingReferrer(answer.headers())
      expect(answer.headers()["content-security-policy"]).toMatch(/default-src 'none'/)
      expect(answer.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/)
      const relayed = await request.get(`${backend}${path}`, { headers: { "x-request-id": "nginx-7d41c0e2" } })
      expect(relayed.headers()["x-request-id"]).toBe("nginx-7d41c0e2")
    }
  })
})
