import type { LineCustomisation } from "@oc-pizza/api-types"
import { useTranslation } from "react-i18next"

/** A customised pizza's changes, where the pizzaiolo cannot miss them: "SANS oignons rouges", "+ chorizo". */
export function LineChanges({ customisation, size = "xs" }: { customisation: LineCustomisation | null | undefined; size?: "xs" | "sm" }) {
  const { t } = useTranslation("ocp")
  if (!customisation) return null
  const text = size === "sm" ? "text-sm" : "text-xs"
  return (
    <span className={`block font-semibold leading-tight ${text}`}>
      {customisation.remove.map((ingredient) => (
        <span key={`-${ingredient.id}`} className="text-ui-tag-red-text mr-2 inline-block uppercase">
          {t("kitchen.without", { name: ingredient.name })}
        </span>
      ))}
      {customisation.add.map((ingredient) => (
        <span key={`+${ingredient.id}`} className="text-ui-tag-green-text mr-2 inline-block">
          {t("kitchen.extra", { name: ingredient.name })}
        </span>
      ))}
    </span>
  )
}
