import { useTranslation } from "react-i18next"

const KEYS = [
  ["kitchen.keys.arrows", "kitchen.keys.move"],
  ["kitchen.keys.enter", "kitchen.keys.bump"],
  ["R", "kitchen.keys.recall"],
  ["P", "kitchen.keys.print"],
  ["kitchen.keys.escape", "kitchen.keys.close"],
] as const

/** The bump bar's keys, on screen. */
export function KeyLegend() {
  const { t } = useTranslation("ocp")
  return (
    <p className="text-ui-fg-subtle flex flex-wrap gap-x-4 gap-y-1 text-xs" data-testid="kitchen-keys">
      {KEYS.map(([key, action]) => (
        <span key={action}>
          <kbd className="bg-ui-bg-component border-ui-border-base rounded border px-1 font-mono">{key.startsWith("kitchen.") ? t(key) : key}</kbd> {t(action)}
        </span>
      ))}
    </p>
  )
}
