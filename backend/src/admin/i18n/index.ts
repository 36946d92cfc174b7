import en from "./json/en.json"
import fr from "./json/fr.json"

/**
 * The app's admin texts, merged by Medusa's admin into its own translations
 * (its i18next follows the language each person picks in the dashboard).
 * Our pages read the `ocp` namespace (`useTranslation("ocp")`). `errorBoundary`
 * replaces Medusa's generic "unexpected error" page: its menu shows every core
 * page to everyone, and a page a role may not open fails on our guard's 403.
 */
export default {
  fr: { ocp: fr, translation: { errorBoundary: fr.errorBoundary } },
  en: { ocp: en, translation: { errorBoundary: en.errorBoundary } },
}
