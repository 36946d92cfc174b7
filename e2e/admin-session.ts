import type { Page } from "@playwright/test"

export const backend = process.env.BACKEND_URL ?? "http://localhost:9000"

/** Signs a demo staff member in (the admin by default), in French (the admin and our pages follow the admin's language setting). */
export async function signIn(page: Page, email = "admin@oc-pizza.test", password = "ocpizza-admin"): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem("lng", "fr"))
  await page.goto(`${backend}/app/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole("button", { name: /continue|continuer/i }).click()
  await page.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.includes("login"))
}
