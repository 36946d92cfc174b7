import { useTranslation } from "react-i18next"

/**
 * Names a day of a seven-day listing for staff: "Aujourd'hui", "Demain", then
 * "mercredi 9 décembre". `date` is a calendar day ("YYYY-MM-DD"), `index` its
 * place in the listing (0: today).
 */
export function useDayLabel(): (date: string, index: number) => string {
  const { t } = useTranslation("ocp")
  const locale = t("locale")
  return (date, index) =>
    index === 0
      ? t("counter.today")
      : index === 1
        ? t("counter.tomorrow")
        : new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" })
}
