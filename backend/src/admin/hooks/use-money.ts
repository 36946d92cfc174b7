import { useTranslation } from "react-i18next"

/** Formats amounts (in major units) in the admin's language. */
export function useMoney(): (amount: number, currency?: string) => string {
  const { t } = useTranslation("ocp")
  const locale = t("locale")
  return (amount, currency = "eur") => new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount)
}
