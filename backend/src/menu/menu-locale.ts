/**
 * The menu's language. The catalogue is written in French (the default); a
 * store request may ask for another locale (`?locale=` or the
 * `x-medusa-locale` header, read by Medusa into `req.locale`), whose
 * translations come from Medusa's Translation Module. A bare language is
 * taken as the region the demo data translates into.
 *
 * Only the languages the menu is written in are kept, each as one locale
 * ("en-US" and "en" read the en-GB menu; an unknown language the French one):
 * the catalogue is cached per locale, and a locale made up by a caller must
 * neither fill that cache nor push the real menus out of it.
 */
export const MENU_DEFAULT_LOCALE = "fr-FR"

const BY_LANGUAGE: Record<string, string> = { fr: "fr-FR", en: "en-GB" }

export function menuLocale(requested: string | undefined): string {
  const language = typeof requested === "string" ? requested.split("-")[0].toLowerCase() : ""
  return BY_LANGUAGE[language] ?? MENU_DEFAULT_LOCALE
}

/** The words the menu itself writes (the rest comes from the catalogue). */
export function menuWords(locale: string): { outOfStock: string; collation: string } {
  return locale.toLowerCase().startsWith("fr")
    ? { outOfStock: "Plus assez d'ingrédients ce soir.", collation: "fr" }
    : { outOfStock: "Not enough ingredients left tonight.", collation: locale.split("-")[0] }
}
