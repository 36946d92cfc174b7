import type { Page } from "@playwright/test"

export const backend = process.env.BACKEND_URL ?? "http://localhost:9000"

/** Every demo account's password: this install's own, which `npm run test:e2e` passes on (scripts/lib/install-secrets.ts). */
export const DEMO_PASSWORD = process.env.OCP_DEMO_PASSWORD ?? ""
if (!DEMO_PASSWORD) throw new Error("OCP_DEMO_PASSWORD is not set: run the browser tests with `npm run test:e2e`, or set it to the password `npm start` printed.")

/** Signs a demo staff member in (the admin by default), in French (the admin and our pages follow the admin's language setting). */
export async function signIn(page: Page, email = "admin@oc-pizza.test", password = DEMO_PASSWORD): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem("lng", "fr"))
  await page.goto(`${backend}/app/login`)
  await submitSignIn(page, email, password)
  await page.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.includes("login"))
}

/** Fills and sends the admin's sign-in form on the page already showing it (where the admin sent a signed-out page, say). */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole("button", { name: /continue|continuer/i }).click()
}
