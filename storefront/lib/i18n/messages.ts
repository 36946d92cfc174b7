/** Every text of the shop, in French first and English second. */

export const LOCALES = ["fr", "en"] as const
export type Locale = (typeof LOCALES)[number]

const fr = {
  siteName: "OC Pizza",
  preview: "Serveur de prévisualisation : les commandes ne sont pas préparées et les paiements sont en mode test.",
  tagline: "Pizzas pétries le matin, cuites au feu de bois, livrées chaudes à Amiens.",
  choosePizzeria: "Choisissez votre pizzeria",
  open: "Ouverte",
  closed: "Fermée",
  reopens: "ouvre",
  phoneOnly: "Commandes en ligne suspendues jusqu'à",
  callUs: "appelez-nous",
  seeMenu: "Voir la carte",
  menuOf: "La carte de",
  unavailable: "Indisponible ce soir",
  backToPizzerias: "Toutes les pizzerias",
  noPizzeria: "Aucune pizzeria n'est disponible pour le moment.",
  notFound: "Cette pizzeria n'existe pas.",
  phone: "Téléphone",
  price: "Prix",
  language: "Langue",
  allergens: "Allergènes",
  allergenNames: {
    gluten: "gluten", crustaceans: "crustacés", eggs: "œufs", fish: "poisson", peanuts: "arachides", soybeans: "soja",
    milk: "lait", nuts: "fruits à coque", celery: "céleri", mustard: "moutarde", sesame: "sésame", sulphites: "sulfites",
    lupin: "lupin", molluscs: "mollusques",
  } as Record<string, string>,
  outOfStock: "Plus assez d'ingrédients ce soir",
}

export type Messages = typeof fr

const en: Messages = {
  siteName: "OC Pizza",
  preview: "Preview server: orders are not cooked and payments are in test mode.",
  tagline: "Dough kneaded every morning, wood-fired, delivered hot in Amiens.",
  choosePizzeria: "Choose your pizzeria",
  open: "Open",
  closed: "Closed",
  reopens: "opens",
  phoneOnly: "Online orders paused until",
  callUs: "call us",
  seeMenu: "See the menu",
  menuOf: "Menu of",
  unavailable: "Unavailable tonight",
  backToPizzerias: "All pizzerias",
  noPizzeria: "No pizzeria is available right now.",
  notFound: "This pizzeria does not exist.",
  phone: "Phone",
  price: "Price",
  language: "Language",
  allergens: "Allergens",
  allergenNames: {
    gluten: "gluten", crustaceans: "crustaceans", eggs: "eggs", fish: "fish", peanuts: "peanuts", soybeans: "soy",
    milk: "milk", nuts: "tree nuts", celery: "celery", mustard: "mustard", sesame: "sesame", sulphites: "sulphites",
    lupin: "lupin", molluscs: "molluscs",
  },
  outOfStock: "Not enough ingredients left tonight",
}

export const messages: Record<Locale, Messages> = { fr, en }

export function formatPrice(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(amount)
}

/** "mardi 1 décembre à 18:00" / "Tuesday 1 December at 18:00", in the pizzeria's time zone. */
export function formatOpening(iso: string, timeZone: string, locale: Locale): string {
  const when = new Date(iso)
  const tag = locale === "fr" ? "fr-FR" : "en-GB"
  const day = new Intl.DateTimeFormat(tag, { timeZone, weekday: "long", day: "numeric", month: "long" }).format(when)
  const time = new Intl.DateTimeFormat(tag, { timeZone, hour: "2-digit", minute: "2-digit" }).format(when)
  return locale === "fr" ? `${day} à ${time}` : `${day} at ${time}`
}
