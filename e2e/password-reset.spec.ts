import { expect, test, type Page } from "@playwright/test"
import { adminHeaders, json, storeHeaders } from "./backend-api"
import { latestMailTo, openMailInCatcher } from "./mail-catcher"

const OLD_PASSWORD = "Regina-Old-Password-1"
const NEW_PASSWORD = "Calzone-New-Password-2"

let email: string

/** A customer who signed up earlier and no longer knows the password. */
test.beforeAll(async ({ request }) => {
  const store = await storeHeaders(request, await adminHeaders(request))
  email = `oubli.e2e.${Date.now()}@example.test`
  const { token } = await json(request, "POST", "/auth/customer/emailpass/register", {}, { email, password: OLD_PASSWORD })
  await json(request, "POST", "/store/customers", { ...store, authorization: `Bearer ${token}` }, { email, first_name: "Sacha", last_name: "Oubli" })
})

async function chooseNewPassword(page: Page, password: string) {
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(password)
  await page.getByLabel("Le même mot de passe, une seconde fois").fill(password)
  await page.getByRole("button", { name: "Enregistrer et me connecter" }).click()
}

test("a customer who forgot the password gets a link by e-mail, chooses a new one, is signed in, and the link works once", async ({ page }) => {
  await page.goto("/account/login")
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mot de passe oublié")
  await page.getByLabel("E-mail").fill(email)
  await page.getByRole("button", { name: "Recevoir le lien" }).click()
  // the same words whether or not an account exists
  await expect(page.getByRole("status").filter({ hasText: "Si un compte existe" })).toContainText("Si un compte existe pour cette adresse, un e-mail vient de partir")

  // the e-mail, opened in the mail catcher as the customer would open it in their mail
  const mail = await latestMailTo(email, { subject: "Réinitialisez votre mot de passe OC Pizza" })
  const message = await openMailInCatcher(page, mail.id)
  const button = message.getByRole("link", { name: "Choisir un nouveau mot de passe" })
  await expect(button).toBeVisible()
  const resetLink = await button.getAttribute("href")
  expect(resetLink).toMatch(/\/account\/reset-password\?token=[^&]+$/)

  await page.goto(resetLink!)
  // the page's address holds the token: nothing it loads names it to anyone
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer")
  // the password rule, before the token is spent
  await chooseNewPassword(page, "pizza")
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("10 caractères au moins, et pas un mot de passe courant.")
  await chooseNewPassword(page, NEW_PASSWORD)
  await page.waitForURL(/\/account$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Sacha")

  // signed out, the new password opens the account and the old one no longer does
  await page.getByRole("button", { name: "Se déconnecter" }).click()
  await page.goto("/account/login")
  const signIn = page.getByRole("region", { name: "Se connecter" })
  await signIn.getByLabel("E-mail").fill(email)
  await signIn.getByLabel("Mot de passe").fill(OLD_PASSWORD)
  await signIn.getByRole("button", { name: "Se connecter" }).click()
  await expect(signIn.getByRole("alert")).toHaveText("E-mail ou mot de passe incorrect.")
  await signIn.getByLabel("Mot de passe").fill(NEW_PASSWORD)
  await signIn.getByRole("button", { name: "Se connecter" }).click()
  await page.waitForURL(/\/account$/)
  await page.getByRole("button", { name: "Se déconnecter" }).click()

  // the same link a second time is refused, and offers a new one
  await page.goto(resetLink!)
  await chooseNewPassword(page, "Quattro-Third-Password-3")
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Ce lien a expiré ou a déjà servi : demandez-en un nouveau, il arrive en quelques instants.")
  await expect(page).not.toHaveURL(/token=/)
  await page.getByRole("link", { name: "Demander un nouveau lien" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mot de passe oublié")
})
