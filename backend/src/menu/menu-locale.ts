/**
 * The menu's language. The catalogue is written in French (the default); a
 * store request may ask for another locale (`?locale=` or the
 * `x-medusa-locale` header, read by Medusa into `req.locale`), whose
 * translations come from Medusa's Translation Module. A bare language is
 * taken as the region the demo data translates into.
 */
export const MENU_DEFAULT_LOCALE = "fr-FR"

const BY_LANGUAGE: Record<string, string> = { fr: "fr-FR", en: "en-GB" }

/** A well-formed BCP 47 tag (language, then script or region subtags); anything else gets the default. */
const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$/i

export function menuLocale(requested: string | undefined): string {
  if (!requested || !TAG.test(requested)) return MENU_DEFAULT_LOCALE
  const [language, region] = requested.split("-")
  if (language.toLowerCase() === "fr") return MENU_DEFAULT_LOCALE
  return region ? requested : (BY_LANGUAGE[language.toLowerCase()] ?? requested)
}

/** The words the menu itself writes (the rest comes from the catalogue). */
export function menuWords(locale: string): { outOfStock: string; collation: string } {
  return locale.toLowerCase().startsWith("fr")
    ? { outOfStock: "Plus assez d'ingrédients ce soir.", collation: "fr" }
    : { outOfStock: "Not enough ingredients left tonight.", collation: locale.split("-")[0] }
}
