import { LowStockEmailData, type Locale } from "../email-data"
import { CallToAction } from "./call-to-action"
import { defineEmail } from "./define-email"
import { EmailLayout, FooterLine, Paragraph } from "./email-layout"

const words = {
  fr: {
    subject: (ingredient: string, pizzeria: string) => `Stock bas : ${ingredient} à ${pizzeria}`,
    body: (ingredient: string, pizzeria: string, available: string, threshold: string) =>
      `Il reste ${available} de ${ingredient} à ${pizzeria}, sous le seuil d'alerte de ${threshold}. Pensez à commander ou à retirer les pizzas concernées de la carte.`,
    open: "Voir le stock",
    copyHint: "Ou ouvrez ce lien :",
    why: "Vous recevez cet e-mail parce que vous gérez cette pizzeria dans OC Pizza.",
  },
  en: {
    subject: (ingredient: string, pizzeria: string) => `Low stock: ${ingredient} at ${pizzeria}`,
    body: (ingredient: string, pizzeria: string, available: string, threshold: string) =>
      `${pizzeria} has ${available} of ${ingredient} left, below its alert threshold of ${threshold}. Order more, or take the pizzas that need it off the menu.`,
    open: "See the stock",
    copyHint: "Or open this link:",
    why: "You are receiving this e-mail because you manage this pizzeria in OC Pizza.",
  },
} satisfies Record<Locale, unknown>

/** Tells a pizzeria's managers that an ingredient fell below its alert threshold, with the way to the stock screen. */
export const lowStockEmail = defineEmail(LowStockEmailData, (data) => {
  const w = words[data.locale]
  const number = new Intl.NumberFormat(data.locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 3 })
  const subject = w.subject(data.ingredient, data.pizzeria.name)
  const body = w.body(data.ingredient, data.pizzeria.name, number.format(data.available), number.format(data.threshold))
  const element = (
    <EmailLayout locale={data.locale} title={subject} preview={body} heading={subject} footer={<FooterLine>{w.why}</FooterLine>}>
      <Paragraph>{body}</Paragraph>
      <CallToAction href={data.admin_url} label={w.open} copyHint={w.copyHint} />
    </EmailLayout>
  )
  return { subject, element }
})
