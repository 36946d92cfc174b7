import type { DeliveryInstructions as Instructions } from "@oc-pizza/api-types"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** What the customer wrote for the driver (door code, floor or flat, note), on the driver's card and the kitchen ticket. */
export function DeliveryInstructions({ instructions }: { instructions: Instructions | null }) {
  const { t } = useTranslation("ocp")
  if (!instructions) return null
  const parts = [
    { label: t("instructions.doorCode"), value: instructions.door_code },
    { label: t("instructions.floor"), value: instructions.floor },
    { label: t("instructions.note"), value: instructions.note },
  ].filter((part) => part.value)
  return (
    <section aria-label={t("instructions.title")} data-testid="delivery-instructions" className="bg-ui-bg-subtle border-ui-border-strong rounded-md border px-3 py-2">
      <Text size="small" weight="plus">
        {t("instructions.title")}
      </Text>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2">
        {parts.map((part) => (
          <div key={part.label} className="contents">
            <dt>
              <Text size="small" className="text-ui-fg-subtle">
                {part.label}
              </Text>
            </dt>
            <dd>
              <Text size="small" weight="plus" className="break-words">
                {part.value}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
