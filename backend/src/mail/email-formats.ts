import type { Locale } from "./email-data"

/** The pizzerias' clock: an e-mail read abroad still says when the pizza is ready in France. */
export const PIZZERIA_TIME_ZONE = "Europe/Paris"

const tags: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" }

/** "12,50 €" / "€12.50": an amount in major units (as Medusa stores it) in the order's currency. */
export function formatAmount(amount: number, currencyCode: string, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale], { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}

/** "19:45", in the pizzeria's time zone, as the shop's tracking page shows it. */
export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { timeZone: PIZZERIA_TIME_ZONE, hour: "2-digit", minute: "2-digit" }).format(new Date(iso))
}

/** "mardi 8 décembre à 19:30" / "Tuesday 8 December at 19:30", in the pizzerias' time zone. */
export function formatDayAndTime(iso: string, locale: Locale): string {
  const day = new Intl.DateTimeFormat(tags[locale], { timeZone: PIZZERIA_TIME_ZONE, weekday: "long", day: "numeric", month: "long" }).format(new Date(iso))
  return `${day} ${locale === "fr" ? "à" : "at"} ${formatTime(iso, locale)}`
}

/** "1 250" / "1,250": a quantity, up to three decimals. */
export function formatQuantity(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 3 }).format(amount)
}
