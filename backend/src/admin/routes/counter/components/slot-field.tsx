import { Label } from "@medusajs/ui"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { useDayLabel } from "../../../hooks/use-day-label"
import { useBookableSlots } from "../hooks/use-bookable-slots"
import type { Fulfilment } from "../hooks/use-place-counter-order"

const ASAP = ""

/**
 * "As soon as possible" or a slot with room for the basket, grouped by day: a
 * native select, which the keyboard and screen readers know. A slot the
 * clerk chose that filled up meanwhile is refused by the API (`slot_full`).
 */
export function SlotField({
  pizzeriaId,
  fulfilment,
  pizzas,
  value,
  onChange,
}: {
  pizzeriaId: string
  fulfilment: Fulfilment
  pizzas: number
  value: string
  onChange: (value: string) => void
}) {
  const { t } = useTranslation("ocp")
  const { data } = useBookableSlots(pizzeriaId, fulfilment, pizzas)
  const locale = t("locale")
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit", timeZone: data?.timezone })
  const dayLabel = useDayLabel()
  const offered = new Set((data?.days ?? []).flatMap((day) => day.slots.map((slot) => slot.starts_at)))
  const gone = Boolean(value && data && !offered.has(value))
  // a slot that filled up or no longer fits the basket: the order goes back to as soon as possible, as the select shows
  useEffect(() => {
    if (gone) onChange(ASAP)
  }, [gone, onChange])
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor="ocp-slot">{t("counter.when")}</Label>
      <select
        id="ocp-slot"
        className="bg-ui-bg-field border-ui-border-base rounded-md border px-2 py-1.5"
        value={value && offered.has(value) ? value : ASAP}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value={ASAP} disabled={data ? !data.asap.available : false}>
          {t("counter.asap")}
        </option>
        {(data?.days ?? []).map((day, index) =>
          day.slots.length ? (
            <optgroup key={day.date} label={dayLabel(day.date, index)}>
              {day.slots.map((slot) => (
                <option key={slot.starts_at} value={slot.starts_at}>
                  {time(slot.starts_at)}
                </option>
              ))}
            </optgroup>
          ) : null
        )}
      </select>
    </div>
  )
}
