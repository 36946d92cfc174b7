import { useTranslation } from "react-i18next"

/** Says the preview server is not production: orders are not cooked, payments are tests. */
export function PreviewBanner() {
  const { t } = useTranslation("ocp")
  return (
    <div role="note" className="rounded-md bg-[#fde68a] px-4 py-2 text-center font-medium text-[#1f2937]">
      {t("preview")}
    </div>
  )
}
