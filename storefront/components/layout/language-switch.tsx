import { chooseLocale } from "@/lib/actions/locale-actions"
import type { Locale, Messages } from "@/lib/i18n/messages"

const NAMES: Record<Locale, string> = { fr: "Français", en: "English" }

/** Two buttons in a form: works without JavaScript, and says which language is on. */
export function LanguageSwitch({ locale, m }: { locale: Locale; m: Messages }) {
  return (
    <form action={chooseLocale} className="language-switch" aria-label={m.language}>
      {(Object.keys(NAMES) as Locale[]).map((code) => (
        <button key={code} type="submit" name="locale" value={code} lang={code} aria-pressed={code === locale}>
          {NAMES[code]}
        </button>
      ))}
    </form>
  )
}
