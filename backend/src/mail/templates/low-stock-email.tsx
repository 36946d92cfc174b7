import { LowStockEmailData, type Locale } from "../email-data"
import { formatQuantity } from "../email-formats"
import { CallToAction } from "./call-to-action"
import { defineEmail } from "./define-email"
import { EmailLayout, FooterLine, Paragraph } from "./email-layout"

const words = {
  fr: {
    subject: (ingredient: string, pizzeria: string) => `Stock bas : ${ingredient} à ${pizzeria}`,
    body: (ingredient: string, pizzeria: string, available: string, threshold: string) =>
      `${ingredient} : il reste ${available} à ${pizzeria}, sous le seuil d'alerte de ${threshold}. Pensez à commander ou à retirer les pizzas concernées de la carte.`,
    pieces: (count: number) => (count > 1 ? "pièces" : "pièce"),
    open: "Voir le stock",
    why: "Vous recevez cet e-mail parce que vous gérez cette pizzeria dans OC Pizza.",
  },
  en: {
    subject: (ingredient: string, pizzeria: string) => `Low stock: ${ingredient} at ${pizzeria}`,
    body: (ingredient: string, pizzeria: string, available: string, threshold: string) =>
      `${ingredient}: ${available} left at ${pizzeria}, below the alert threshold of ${threshold}. Order more, or take the pizzas that need it off the menu.`,
    pieces: (count: number) => (count === 1 ? "piece" : "pieces"),
    open: "See the stock",
    why: "You are receiving this e-mail because you manage this pizzeria in OC Pizza.",
  },
} satisfies Record<Locale, unknown>

/** Tells a pizzeria's managers that an ingredient fell below its alert threshold, with the way to the stock screen. */
export const lowStockEmail = defineEmail(LowStockEmailData, (data) => {
  const w = words[data.locale]
  const quantity = (amount: number) => {
    const written = formatQuantity(amount, data.locale)
    if (!data.unit) return written
    return `${written} ${data.unit === "piece" ? w.pieces(amount) : data.unit}`
  }
  const subject = w.subject(data.ingredient, data.pizzeria.name)
  const body = w.body(data.ingredient, data.pizzeria.name, quantity(data.available), quantity(data.threshold))
  const element = (
    <EmailLayout locale={data.locale} title={subject} preview={body} heading={subject} footer={<FooterLine>{w.why}</FooterLine>}>
      <Paragraph>{body}</Paragraph>
      <CallToAction href={data.admin_url} label={w.open} locale={data.locale} />
    </EmailLayout>
  )
  return { subject, element }
})
