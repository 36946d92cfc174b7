import { expect, type Page } from "@playwright/test"

/**
 * Types a delivery address on the shop's home and sends it from the field
 * (Enter: the suggestion list, open over the button, is what a tap there
 * would pick), once the form is live: text typed into the server's HTML
 * before the page's script takes over can be lost on a busy machine.
 */
export async function sendAddress(page: Page, address: string, label = "Votre adresse"): Promise<void> {
  await expect(page.locator("form.delivery-form[data-live]")).toBeAttached()
  const field = page.getByLabel(label)
  await field.fill(address)
  await field.press("Enter")
}
