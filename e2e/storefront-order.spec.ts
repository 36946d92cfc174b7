import { expect, test, type Page } from "@playwright/test"
import { adminHeaders, moveOrder, openAroundTheClock, pizzeriaNamed, storeHeaders, type Json } from "./backend-api"
import { latestMailTo, mailIdsTo } from "./mail-catcher"
import { sendAddress } from "./shop"

let admin: Record<string, string>
let centre: Json

test.beforeAll(async ({ request }) => {
  admin = await adminHeaders(request)
  const store = await storeHeaders(request, admin)
  centre = await pizzeriaNamed(request, store, "Amiens Centre")
  await openAroundTheClock(request, admin, centre.id)
})

/** The order page's id, once the shop has taken the customer there. */
function orderIdOf(page: Page): string {
  const match = /\/orders\/([^/?]+)/.exec(page.url())
  if (!match) throw new Error(`not on an order page: ${page.url()}`)
  return match[1]
}

async function addToCart(page: Page, dish: string, size: string, expectedCount: number) {
  // the size is chosen on the dish's card, then its one button adds it
  const card = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: dish, exact: true }) })
  await card.getByRole("radio", { name: new RegExp(`^${size.replace(/[()]/g, "\\$&")}`) }).check()
  await page.getByRole("button", { name: `Ajouter ${dish} (${size}) au panier` }).click()
  // the count moves at once; the announcement comes with the server's answer
  await expect(page.getByRole("link", { name: `Panier, ${expectedCount} article(s)` })).toBeVisible()
  await expect(page.getByRole("status").filter({ hasText: `${dish} (${size}) ajoutée au panier` })).toBeAttached()
}

/** Pickup at Amiens Centre, one Margherita, paid at the counter: through the shop's pages (as a guest unless signed in). */
async function orderForPickup(page: Page): Promise<string> {
  await page.goto("/")
  await page.getByRole("button", { name: "Retirer ici — OC Pizza Amiens Centre" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
  await addToCart(page, "Margherita", "Moyenne (30 cm)", 1)
  await page.getByRole("link", { name: /Panier/ }).click()
  await page.getByRole("link", { name: "Commander" }).click()
  await page.getByRole("radio", { name: /^À emporter/ }).check()
  await page.getByLabel("E-mail").fill("invite.e2e@example.test")
  await page.getByLabel("Prénom").fill("Alex")
  await page.getByLabel("Nom", { exact: true }).fill("Invité")
  await page.getByLabel("Téléphone").fill("06 11 22 33 44")
  await page.getByRole("button", { name: /^Commander · / }).click()
  await page.waitForURL(/\/orders\//)
  await expect(page.getByRole("status").filter({ hasText: "Statut" })).toHaveText("Statut : Reçue")
  return orderIdOf(page)
}

test("a guest orders two pizzas for delivery, pays on delivery, and watches the kitchen move the order live", async ({ page, request }) => {
  await page.goto("/")
  await sendAddress(page, "12 rue Delambre, 80000 Amiens")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
  await expect(page.getByText(/Livraison\s:\s.*Delambre.* · Livré par OC Pizza Amiens Centre/)).toBeVisible()

  await addToCart(page, "Margherita", "Moyenne (30 cm)", 1)
  await addToCart(page, "Reine", "Grande (34 cm)", 2)
  await page.getByRole("link", { name: /Panier/ }).click()
  await expect(page.getByTestId("cart-line")).toHaveCount(2)
  // 10,50 € + 15,50 €: above the centre's minimum (15 €), 9 € short of free delivery (35 €)
  await expect(page.getByTestId("min-order")).toHaveText("Minimum de livraison atteint.Encore 9,00 € et la livraison est offerte.")
  await page.getByRole("link", { name: "Commander" }).click()

  // the address typed on the first page is already there
  await expect(page.getByLabel("Adresse", { exact: true })).toHaveValue("12 rue Delambre")
  await expect(page.getByLabel("Code postal")).toHaveValue("80000")
  await page.getByLabel("E-mail").fill("invite.e2e@example.test")
  await page.getByLabel("Prénom").fill("Camille")
  await page.getByLabel("Nom", { exact: true }).fill("Martin")
  await page.getByLabel("Téléphone").fill("06 12 34 56 78")
  await expect(page.getByLabel("À la livraison (espèces ou carte)")).toBeChecked()
  const earlierMails = await mailIdsTo("invite.e2e@example.test")
  await page.getByRole("button", { name: /^Commander · / }).click()

  await page.waitForURL(/\/orders\/.+token=/)
  await expect(page.getByText("Merci ! Votre commande est enregistrée.")).toBeVisible()
  const status = page.getByRole("status").filter({ hasText: "Statut" })
  await expect(status).toHaveText("Statut : Reçue")
  await expect(page.getByText(/1 × Margherita/)).toBeVisible()
  await expect(page.getByText(/1 × Reine/)).toBeVisible()
  await expect(page.getByRole("button", { name: "Annuler la commande" })).toBeVisible()

  // the kitchen moves it on: the page follows without a reload
  const orderId = orderIdOf(page)
  await moveOrder(request, admin, centre.id, orderId, "preparing")
  await expect(status).toHaveText("Statut : En préparation")
  await expect(page.getByRole("button", { name: "Annuler la commande" })).toHaveCount(0)
  await moveOrder(request, admin, centre.id, orderId, "ready")
  await expect(status).toHaveText("Statut : Prête")
  await expect(page.locator('[aria-current="step"]')).toHaveText("Prête")

  // the e-mail of the order, in the shop's language, whose link opens it for the guest
  const received = await latestMailTo("invite.e2e@example.test", { subject: /^Commande #\d+ reçue$/, except: earlierMails })
  expect(received.text).toContain("1 × Reine")
  const tracking = received.links.find((link) => link.includes(`/orders/${orderId}?token=`))
  expect(tracking).toBeDefined()
  await page.context().clearCookies()
  await page.goto(tracking!)
  await expect(page.getByRole("status").filter({ hasText: "Statut" })).toHaveText("Statut : Prête")
})

test("a customer changes and then cancels before the kitchen starts, and is told no once it has", async ({ page, request }) => {
  await orderForPickup(page)
  await page.getByText("Modifier la commande").click()
  await page.getByLabel("Quantité de Margherita (Moyenne (30 cm))").fill("2")
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click()
  await expect(page.getByText("Votre commande est modifiée.")).toBeVisible()
  await expect(page.getByText(/2 × Margherita/)).toBeVisible()
  await expect(page.locator(".totals .grand")).toContainText("21,00 €")

  await page.getByRole("button", { name: "Annuler la commande" }).click()
  await page.getByRole("button", { name: "Oui, annuler" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Statut" })).toHaveText("Statut : Annulée")
  await expect(page.getByText("Votre commande est annulée. Rien ne vous a été facturé.")).toBeVisible()

  // the second page does not hear the kitchen start (its stream is cut): the backend refuses the cancel
  await page.route("**/api/orders/**/stream**", (route) => route.abort())
  const orderId = await orderForPickup(page)
  await moveOrder(request, admin, centre.id, orderId, "preparing")
  await page.getByRole("button", { name: "Annuler la commande" }).click()
  await page.getByRole("button", { name: "Oui, annuler" }).click()
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/La cuisine a commencé votre commande : elle ne peut plus être annulée/)
  await page.unroute("**/api/orders/**/stream**")
  await page.reload()
  await expect(page.getByRole("status").filter({ hasText: "Statut" })).toHaveText("Statut : En préparation")
})

test("a customer back from their bank's page after confirming a changed order's new amount lands on the order and reads the outcome", async ({ page }) => {
  const orderId = await orderForPickup(page)
  const token = new URL(page.url()).searchParams.get("token")
  expect(token).toBeTruthy()
  // Stripe brings the customer back with redirect_status; the backend answers "authorized" for a payment already
  // authorized (as when Stripe's webhook came first), which is all a pay-at-pickup order can show without Stripe here
  await page.goto(`/orders/${orderId}/payment?token=${encodeURIComponent(token!)}&payment_intent=pi_e2e&redirect_status=succeeded`)
  await page.waitForURL(new RegExp(`/orders/${orderId}\\?token=.+&payment=paid$`))
  await expect(page.getByRole("status").filter({ hasText: "Nouveau montant" })).toHaveText("Nouveau montant confirmé : la cuisine peut commencer votre commande.")
  await expect(page.getByRole("status").filter({ hasText: "Statut" })).toHaveText("Statut : Reçue")
})

test("a new address moves the cart to the pizzeria that delivers it, and what that kitchen cannot make is flagged before payment", async ({ page, request }) => {
  const store = await storeHeaders(request, admin)
  await openAroundTheClock(request, admin, (await pizzeriaNamed(request, store, "Saint-Leu")).id)
  await page.goto("/")
  await page.getByRole("button", { name: "Retirer ici — OC Pizza Amiens Centre" }).click()
  // the centre has buffalo mozzarella tonight, Saint-Leu only 60 g
  await addToCart(page, "Bufala", "Moyenne (30 cm)", 1)
  await addToCart(page, "Margherita", "Moyenne (30 cm)", 2)
  await addToCart(page, "Margherita", "Moyenne (30 cm)", 3)

  await page.getByRole("link", { name: "changer" }).click()
  await sendAddress(page, "40 rue Saint-Leu, 80000 Amiens")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Saint-Leu")
  await page.getByRole("link", { name: /Panier/ }).click()
  await expect(page.getByText(/Livraison\s:\s.*Saint-Leu.* · Livré par OC Pizza Saint-Leu/).first()).toBeVisible()
  const bufala = page.getByTestId("cart-line").filter({ hasText: "Bufala" })
  await expect(bufala).toHaveAttribute("data-unavailable", "true")
  await expect(bufala).toContainText("OC Pizza Saint-Leu ne peut pas la préparer ce soir")
  await expect(page.getByRole("link", { name: "Commander" })).toHaveCount(0)

  // taken out, the rest can be ordered from Saint-Leu
  await bufala.getByRole("button", { name: "Supprimer Bufala (Moyenne (30 cm))" }).click()
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expect(page.getByTestId("cart-line")).toContainText("21,00 €")
  await expect(page.getByRole("link", { name: "Commander" })).toBeVisible()
})

test("'use my location' finds the pizzeria that delivers where the phone is", async ({ page, context }) => {
  await context.grantPermissions(["geolocation"])
  await context.setGeolocation({ latitude: 49.8921, longitude: 2.3005 }) // rue Delambre, in the centre's zone
  await page.goto("/")
  await page.getByRole("button", { name: "Utiliser ma position" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
  await expect(page.getByText("Livraison : votre position · Livré par OC Pizza Amiens Centre")).toBeVisible()
})

test("an address outside every zone is explained, with pickup offered instead", async ({ page }) => {
  await page.goto("/")
  await sendAddress(page, "1 place de la Gare, 80200 Péronne")
  const alert = page.getByRole("main").getByRole("alert")
  await expect(alert).toContainText("Cette adresse est en dehors de nos zones de livraison")
  await alert.getByRole("link", { name: /À emporter/ }).click()
  await expect(page.getByRole("heading", { name: /À emporter/ })).toBeInViewport()
  await expect(page.getByLabel("Votre adresse")).toHaveValue("1 place de la Gare, 80200 Péronne")
})

test("a pizza the kitchen cannot make tonight is shown with the reason and cannot be added", async ({ page }) => {
  await page.goto("/")
  await page.getByRole("link", { name: /Voir la carte.*Saint-Leu/ }).click()
  const bufala = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Bufala" }) })
  await expect(bufala.getByText("Plus assez d'ingrédients ce soir")).toBeVisible()
  await expect(bufala.getByRole("button")).toHaveCount(0)
  const margherita = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Margherita" }) })
  await expect(margherita.getByRole("radio")).toHaveCount(3)
  await expect(margherita.getByRole("button", { name: /Ajouter Margherita/ })).toHaveCount(1)

  // its own page says the same, with what is in it
  await bufala.getByRole("link", { name: "Bufala" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bufala")
  await expect(page.getByText("Plus assez d'ingrédients ce soir")).toBeVisible()
  await expect(page.getByRole("heading", { name: "Ingrédients" })).toBeVisible()
  await expect(page.getByRole("button", { name: /Ajouter/ })).toHaveCount(0)
})

test("the shop switches to English and back, and remembers the choice", async ({ page }) => {
  await page.goto("/")
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  await page.getByRole("button", { name: "English" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delivery or pickup?")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await page.reload()
  await expect(page.getByRole("button", { name: "Find my pizzeria" })).toBeVisible()
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true")
  await page.getByRole("button", { name: "Français" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Livraison ou à emporter ?")
})

test("a customer signs up, saves an address, orders, finds the order in their account and orders it again in one tap", async ({ page }) => {
  const email = `lea.${Date.now()}@example.test`
  await page.goto("/account/login")
  const signUp = page.getByRole("region", { name: "Créer un compte" })
  await signUp.getByLabel("Prénom").fill("Léa")
  await signUp.getByLabel("Nom", { exact: true }).fill("Dupont")
  await signUp.getByLabel("E-mail").fill(email)
  await signUp.getByLabel("Téléphone").fill("06 98 76 54 32")
  await signUp.getByLabel("Mot de passe").fill("court")
  await signUp.getByRole("button", { name: "Créer un compte" }).click()
  await expect(signUp.getByRole("alert")).toHaveText("10 caractères au moins, et pas un mot de passe courant.")
  await signUp.getByLabel("Mot de passe").fill("une-pizza-svp")
  await signUp.getByRole("button", { name: "Créer un compte" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Léa")
  await expect(page.getByText("Aucune commande pour l'instant.")).toBeVisible()

  const addresses = page.getByRole("region", { name: "Mes adresses" })
  await addresses.getByLabel("Adresse").fill("5 rue du Don")
  await addresses.getByLabel("Code postal").fill("80000")
  await addresses.getByLabel("Ville").fill("Amiens")
  await addresses.getByRole("button", { name: "Ajouter l'adresse" }).click()
  await expect(addresses.getByText("5 rue du Don, 80000 Amiens")).toBeVisible()

  const orderId = await orderForPickup(page)
  await page.getByRole("link", { name: "Mon compte" }).click()
  const past = page.getByTestId("past-order")
  await expect(past).toHaveCount(1)
  await expect(past).toContainText("1 × Margherita (Moyenne (30 cm))")
  // a signed-in customer follows their order without the guest token
  await past.getByRole("link", { name: /Suivre/ }).click()
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`))
  await expect(page.getByRole("status").filter({ hasText: "Statut" })).toHaveText("Statut : Reçue")

  await page.getByRole("link", { name: "Mon compte" }).click()
  await page.getByRole("button", { name: "Commander à nouveau" }).click()
  await page.waitForURL(/\/cart$/)
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expect(page.getByTestId("cart-line")).toContainText("Margherita")
  await expect(page.getByRole("link", { name: "Panier, 1 article(s)" })).toBeVisible()

  await page.getByRole("link", { name: "Mon compte" }).click()
  await page.getByRole("button", { name: "Se déconnecter" }).click()
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible()
  // the cart stays with the account: the next person on this phone starts an empty one
  await expect(page.getByRole("link", { name: "Panier, 0 article(s)" })).toBeVisible()
})
