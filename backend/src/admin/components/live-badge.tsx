import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** Whether the board receives changes as they happen. */
export function LiveBadge({ live }: { live: boolean }) {
  const { t } = useTranslation("ocp")
  return (
    <Badge color={live ? "green" : "orange"} aria-live="polite" className="self-start">
      {live ? t("live") : t("reconnecting")}
    </Badge>
  )
}
