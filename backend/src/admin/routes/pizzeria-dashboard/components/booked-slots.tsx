import { Badge, Container, Heading, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useDayLabel } from "../../../hooks/use-day-label"
import { useBookedSlots } from "../hooks/use-slots"

/** "YYYY-MM-DD" of today in Paris and the next six days: calendar days, whatever the clock changes do to their length. */
function nextDays(): string[] {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date())
  const [year, month, day] = today.split("-").map(Number)
  return Array.from({ length: 7 }, (_, index) => new Date(Date.UTC(year, month - 1, day + index)).toISOString().slice(0, 10))
}

/**
 * A day's quarter hours with the pizzas booked against the kitchen's
 * capacity (full ones marked), and the orders booked in slots a closure or a
 * change of hours took away: the manager calls those customers.
 */
export function BookedSlotsPanel({ pizzeriaId }: { pizzeriaId: string }) {
  const { t } = useTranslation("ocp")
  const days = nextDays()
  const [date, setDate] = useState(days[0])
  const { data } = useBookedSlots(pizzeriaId, date)
  const dayLabel = useDayLabel()
  const locale = t("locale")
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit", timeZone: data?.timezone })
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone: data?.timezone })
  // the quarters with orders: an empty one is no news (the capacity is in the form below)
  const booked = (data?.slots ?? []).filter((slot) => slot.orders > 0)
  return (
    <Container className="flex flex-col gap-3 px-6 py-4" data-testid="booked-slots">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <Heading level="h2">{t("slots.title")}</Heading>
        <div className="flex items-center gap-2">
          <Label htmlFor="ocp-slots-day">{t("slots.day")}</Label>
          <select id="ocp-slots-day" className="bg-ui-bg-field border-ui-border-base rounded-md border px-2 py-1" value={date} onChange={(event) => setDate(event.target.value)}>
            {days.map((day, index) => (
              <option key={day} value={day}>
                {dayLabel(day, index)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(data?.orders_in_closed_slots.length ?? 0) > 0 && (
        <div role="alert" className="bg-ui-tag-red-bg text-ui-tag-red-text rounded-md p-3">
          <Text weight="plus">{t("slots.closedTitle")}</Text>
          <ul>
            {data!.orders_in_closed_slots.map((order) => (
              <li key={order.order_id}>
                <Text>{t("slots.closedLine", { number: order.display_id ?? order.order_id, when: when(order.scheduled_for), kind: t(`kind.${order.kind}`) })}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {booked.length === 0 ? (
        <Text className="text-ui-fg-subtle">{t("slots.nothing")}</Text>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("slots.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("slots.slot")}</th>
              <th scope="col">{t("slots.booked")}</th>
              <th scope="col">{t("slots.orders")}</th>
            </tr>
          </thead>
          <tbody>
            {booked.map((slot) => {
              const full = slot.capacity !== null && slot.booked >= slot.capacity
              return (
                <tr key={slot.starts_at} className="border-ui-border-base border-t">
                  <td className="py-1">{time(slot.starts_at)}</td>
                  <td className="py-1">
                    {slot.capacity === null ? t("slots.unlimited", { booked: slot.booked }) : `${slot.booked} / ${slot.capacity}`}
                    {full && (
                      <Badge color="red" size="2xsmall" className="ml-2">
                        {t("slots.full")}
                      </Badge>
                    )}
                  </td>
                  <td className="py-1">{slot.orders}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </Container>
  )
}
