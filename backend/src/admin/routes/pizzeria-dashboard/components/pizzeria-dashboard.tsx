import { Badge, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { LiveBadge } from "../../../components/live-badge"
import { useMoney } from "../../../hooks/use-money"
import { useTicketStream } from "../../../hooks/use-ticket-stream"
import { dashboardKey, useDashboard } from "../hooks/use-dashboard"
import { FailedEmails } from "./failed-emails"
import { BookedSlotsPanel } from "./booked-slots"
import { CapacityForm } from "./capacity-form"
import { RushPauseForm } from "./rush-pause-form"

/** One figure of the day, large. */
function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Container className="px-4 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="xlarge" weight="plus">
        {value}
      </Text>
    </Container>
  )
}

/** A titled list that says "nothing to report" when empty. */
function Watch({ title, lines }: { title: string; lines: { key: string; text: ReactNode }[] }) {
  const { t } = useTranslation("ocp")
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {lines.length === 0 && <Text className="text-ui-fg-subtle">{t("dashboard.none")}</Text>}
      <ul>
        {lines.map((line) => (
          <li key={line.key}>
            <Text>{line.text}</Text>
          </li>
        ))}
      </ul>
    </Container>
  )
}

/** The pizzeria's day, refreshed by the kitchen stream. */
export function PizzeriaDashboard({ pizzeriaId }: { pizzeriaId: string }) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  const { data } = useDashboard(pizzeriaId)
  const live = useTicketStream(pizzeriaId, dashboardKey(pizzeriaId))
  if (!data) return <Text>{t("loading")}</Text>
  const minutes = (value: number | null) => (value === null ? "—" : t("dashboard.minutes", { value }))
  return (
    <div className="flex flex-col gap-3">
      <LiveBadge live={live} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Figure label={t("dashboard.orders")} value={String(data.orders)} />
        <Figure label={t("dashboard.revenue")} value={money(data.revenue)} />
        <Figure label={t("dashboard.preparation")} value={minutes(data.average_preparation_minutes)} />
        <Figure label={t("dashboard.delivery")} value={minutes(data.average_delivery_minutes)} />
        <Figure label={t("dashboard.late")} value={String(data.late.length)} />
      </div>
      <Container className="px-6 py-4">
        <Heading level="h2">{t("dashboard.open")}</Heading>
        <div className="mt-2 flex flex-wrap gap-2">
          {Object.entries(data.open).map(([status, count]) => (
            <Badge key={status} color={count ? "blue" : "grey"}>
              {t(`status.${status}`)} : {count}
            </Badge>
          ))}
        </div>
      </Container>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-3">
        <Watch
          title={t("dashboard.late")}
          lines={data.late.map((late) => ({ key: late.ticket_id, text: `#${late.display_id} · ${t(`status.${late.status}`)} · ${t("late", { minutes: late.minutes_late })}` }))}
        />
        <Watch
          title={t("dashboard.lowStock")}
          lines={data.low_stock.map((item) => ({
            key: item.inventory_item_id,
            text: `${item.name} · ${t("dashboard.available", { available: item.available, threshold: item.threshold })}`,
          }))}
        />
        <Watch
          title={t("dashboard.cash")}
          lines={data.cash_by_driver.map((driver) => ({
            key: driver.actor,
            text: `${driver.name} · ${t("dashboard.cashLine", { orders: driver.orders, amount: money(driver.amount) })}`,
          }))}
        />
      </div>
      <FailedEmails emails={data.failed_emails} />
      <BookedSlotsPanel pizzeriaId={pizzeriaId} />
      <RushPauseForm pizzeriaId={pizzeriaId} paused={data.online_orders_paused} />
      <CapacityForm pizzeriaId={pizzeriaId} />
    </div>
  )
}
