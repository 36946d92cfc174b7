import type { Page } from "@playwright/test"

export const backend = process.env.BACKEND_URL ?? "http://localhost:9000"

/** Signs the demo admin in, in French (the admin and our pages follow the admin's language setting). */
export async function signIn(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem("lng", "fr"))
  await page.goto(`${backend}/app/login`)
  await page.locator('input[name="email"]').fill("admin@oc-pizza.test")
  await page.locator('input[name="password"]').fill("ocpizza-admin")
  await page.getByRole("button", { name: /continue|continuer/i }).click()
  await page.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.includes("login"))
}
