import en from "./json/en.json"
import fr from "./json/fr.json"

/** The plugin's admin texts, merged by Medusa's admin into its translations; read with `useTranslation("ocp-stock")`. */
export default {
  fr: { "ocp-stock": fr },
  en: { "ocp-stock": en },
}
