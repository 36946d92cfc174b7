import { useTranslation } from "react-i18next"

/** A base unit as people write it: g and ml stay, pieces are abbreviated in the admin's language. */
export function useUnitLabel(): (unit: string) => string {
  const { t } = useTranslation("ocp-stock")
  return (unit) => (unit === "piece" ? t("piece") : unit)
}
