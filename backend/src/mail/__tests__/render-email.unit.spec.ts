import type { Locale } from "../email-data"
import { emailSamples } from "../email-samples"
import { EMAIL_TEMPLATES, renderEmail } from "../render-email"
import { colourPairs, colours } from "../theme"

const subjects: Record<Locale, Record<string, string>> = {
  fr: {
    "order-scheduled": "Commande #1042 programmée",
    "order-received": "Commande #1042 reçue",
    "order-modified": "Commande #1042 modifiée",
    "order-preparing": "Commande #1042 en préparation",
    "order-ready": "Commande #1042 prête",
    "order-out_for_delivery": "Commande #1042 en route",
    "order-delivered": "Commande #1042 livrée",
    "order-collected": "Commande #1042 retirée",
    "order-cancelled": "Commande #1042 annulée",
    "order-delivery_failed": "Commande #1042 : livraison impossible",
    "low-stock": "Stock bas : Mozzarella à OC Pizza Dury",
    "staff-invite": "Invitation à rejoindre l'équipe OC Pizza",
    "password-reset": "Réinitialisez votre mot de passe OC Pizza",
  },
  en: {
    "order-scheduled": "Order #1042 booked",
    "order-received": "Order #1042 received",
    "order-modified": "Order #1042 changed",
    "order-preparing": "Order #1042 being prepared",
    "order-ready": "Order #1042 ready",
    "order-out_for_delivery": "Order #1042 on its way",
    "order-delivered": "Order #1042 delivered",
    "order-collected": "Order #1042 collected",
    "order-cancelled": "Order #1042 cancelled",
    "order-delivery_failed": "Order #1042: delivery failed",
    "low-stock": "Low stock: Mozzarella at OC Pizza Dury",
    "staff-invite": "You are invited to join the OC Pizza team",
    "password-reset": "Reset your OC Pizza password",
  },
}

/** The address each sample asks the reader to open, with its token. */
const actionUrl = (data: Record<string, unknown>) => String(data.tracking_url ?? data.admin_url ?? data.invite_url ?? data.reset_url)

/** What a forgotten or misnamed field would leave in an e-mail. */
const LEFTOVERS = [/undefined/, /\bnull\b/, /NaN/, /\[object Object\]/, /\{\{/, /\$\{/, /Invalid Date/]

/** WCAG 2.1 relative luminance and contrast ratio of two "#rrggbb" colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return (light + 0.05) / (dark + 0.05)
}

const htmlEscaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;")

describe.each(["fr", "en"] as const)("renderEmail in %s", (locale) => {
  const samples = emailSamples(locale)

  it("has a sample and a subject for every template", () => {
    expect(Object.keys(samples).sort()).toEqual([...EMAIL_TEMPLATES].sort())
    expect(Object.keys(subjects[locale]).sort()).toEqual([...EMAIL_TEMPLATES].sort())
  })

  it.each(EMAIL_TEMPLATES)("%s: subject, language, preheader, link in both parts, nothing left unfilled", async (template) => {
    const data = samples[template]
    const { subject, html, text } = await renderEmail(template, data)

    expect(subject).toBe(subjects[locale][template])
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`))
    expect(html).toContain(`<title>${htmlEscaped(subject)}</title>`)
    // the preheader: hidden text right after the head, left out of the text part
    expect(html).toMatch(/<div style="display:none[^"]*" data-skip-in-text="true">[^<]{20,}/)
    expect(text).toContain(subject)

    const url = actionUrl(data)
    expect(url).toMatch(/^http:\/\/localhost:\d+\/.+/)
    expect(html).toContain(`href="${htmlEscaped(url)}"`)
    expect(text).toContain(url)

    for (const leftover of LEFTOVERS) {
      expect(html).not.toMatch(leftover)
      expect(text).not.toMatch(leftover)
    }
    for (const image of html.match(/<img\b[^>]*>/g) ?? []) expect(image).toMatch(/\balt="[^"]+"/)
  })

  it.each(EMAIL_TEMPLATES.filter((template) => template.startsWith("order-")))("%s: the pizzeria, the lines and the total in the order's currency", async (template) => {
    const data = samples[template]
    const { html, text } = await renderEmail(template, data)
    const money = (amount: number) => new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(amount)
    const kind = (data.order as { kind: string }).kind
    for (const part of [html, text]) {
      expect(part).toContain("OC Pizza Dury")
      expect(part).toContain("03 22 45 67 89")
      expect(part).toContain("#1042")
      expect(part).toContain("2 × Margherita")
      expect(part).toContain("1 × Quatre fromages")
      expect(part).toContain(money(23))
      expect(part).toContain(money(13.5))
      expect(part).toContain(money(kind === "delivery" ? 39.5 : 36.5))
    }
    // the text part keeps each line on one row: quantity, title and amount
    expect(text).toMatch(new RegExp(`2 × Margherita\\s+${money(23).replace(/[.$]/g, "\\$&")}`))
    expect(text).toMatch(/1 × Quatre fromages/)
  })

  it("gives the ETA in the pizzeria's time, only while the order is still to be made", async () => {
    const expected = locale === "fr" ? "Livraison prévue vers 19:45" : "Delivery expected around 19:45"
    expect((await renderEmail("order-received", samples["order-received"])).text).toContain(expected)
    expect((await renderEmail("order-preparing", samples["order-preparing"])).text).toContain(expected)
    expect((await renderEmail("order-delivered", samples["order-delivered"])).text).not.toContain("19:45")
    const pickup = locale === "fr" ? "Prête vers 19:45" : "Ready around 19:45"
    const sample = samples["order-received"] as { order: Record<string, unknown> }
    expect((await renderEmail("order-received", { ...sample, order: { ...sample.order, kind: "pickup" } })).text).toContain(pickup)
    expect((await renderEmail("order-received", { ...sample, order: { ...sample.order, eta: null } })).text).not.toMatch(/19:45|vers|around/)
  })

  it("states a booked order's slot, day and time, instead of the kitchen's estimate", async () => {
    const { text } = await renderEmail("order-scheduled", samples["order-scheduled"])
    expect(text).toContain(locale === "fr" ? "À retirer lundi 7 décembre à 19:30" : "To collect Monday 7 December at 19:30")
    expect(text).not.toContain("19:45")
    const sample = samples["order-received"] as { order: Record<string, unknown> }
    const modified = await renderEmail("order-modified", { ...sample, order: { ...sample.order, scheduled_for: "2026-12-07T18:30:00.000Z" } })
    expect(modified.text).toContain(locale === "fr" ? "Livraison prévue lundi 7 décembre à 19:30" : "Delivery booked for Monday 7 December at 19:30")
  })

  it("gives the low stock in the ingredient's unit", async () => {
    const { text } = await renderEmail("low-stock", samples["low-stock"])
    // French groups thousands with a narrow no-break space
    expect(text.replace(/\s/g, " ")).toContain(
      locale === "fr"
        ? "Mozzarella : il reste 1 500 g à OC Pizza Dury, sous le seuil d'alerte de 2 000 g."
        : "Mozzarella: 1,500 g left at OC Pizza Dury, below the alert threshold of 2,000 g."
    )
    const pieces = await renderEmail("low-stock", { ...samples["low-stock"], ingredient: "Boîte à pizza", available: 1, threshold: 20, unit: "piece" })
    expect(pieces.text).toContain(
      locale === "fr" ? "il reste 1 pièce à OC Pizza Dury, sous le seuil d'alerte de 20 pièces" : "1 piece left at OC Pizza Dury, below the alert threshold of 20 pieces"
    )
  })

  it("words a staff member's password reset for the admin", async () => {
    const { subject } = await renderEmail("password-reset", { ...samples["password-reset"], audience: "staff" })
    expect(subject).toBe(locale === "fr" ? "Réinitialisez votre mot de passe d'administration OC Pizza" : "Reset your OC Pizza admin password")
  })
})

describe("renderEmail refusals", () => {
  it("names a template it does not know", async () => {
    await expect(renderEmail("order-teleported", {})).rejects.toThrow(/order-teleported/)
  })

  it("names the template and the field when the data does not fit", async () => {
    const sample = emailSamples("fr")["order-received"] as { order: Record<string, unknown> }
    await expect(renderEmail("order-received", { ...sample, order: { ...sample.order, total: undefined } })).rejects.toThrow(/order-received.*order\.total/)
    await expect(renderEmail("password-reset", { locale: "de", audience: "customer", reset_url: "http://localhost:8000/x" })).rejects.toThrow(/password-reset.*locale/)
    await expect(renderEmail("staff-invite", { locale: "fr", invite_url: "/app/invite?token=x" })).rejects.toThrow(/staff-invite.*invite_url/)
  })

  it("refuses to tell a delivery it is ready at the counter", async () => {
    await expect(renderEmail("order-ready", emailSamples("fr")["order-received"])).rejects.toThrow(/order-ready/)
  })
})

describe("e-mail colours", () => {
  it.each(colourPairs)("$name reads at 4.5:1 or more", ({ foreground, background }) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5)
  })

  it("uses no text colour outside the checked pairs", async () => {
    const checked = new Set(colourPairs.map((pair) => pair.foreground))
    for (const locale of ["fr", "en"] as const) {
      for (const [template, data] of Object.entries(emailSamples(locale))) {
        const { html } = await renderEmail(template, data)
        for (const [, colour] of html.matchAll(/(?<![-\w])color:\s*(#[0-9a-fA-F]{6})/g))
          expect({ template, colour, checked: checked.has(colour) }).toEqual({ template, colour, checked: true })
      }
    }
    expect(contrast(colours.text, colours.page)).toBeGreaterThanOrEqual(4.5)
  })
})
