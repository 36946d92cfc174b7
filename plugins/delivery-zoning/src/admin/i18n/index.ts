import en from "./json/en.json"
import fr from "./json/fr.json"

/** The plugin's admin texts, merged by Medusa's admin into its translations; read with `useTranslation("ocp-zoning")`. */
export default {
  fr: { "ocp-zoning": fr },
  en: { "ocp-zoning": en },
}
