import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { LiveBadge, StaffPage } from "../../components/staff-page"
import { errorText, messages, money, speaksFrench } from "../../lib/i18n"
import { postJson, staffApi, useTicketStream } from "../../lib/staff-api"

type Dashboard = {
  open: Record<string, number>
  orders: number
  revenue: number
  average_preparation_minutes: number | null
  average_delivery_minutes: number | null
  late: { ticket_id: string; display_id: number | null; status: string; minutes_late: number }[]
  cash_by_driver: { actor: string; name: string; orders: number; amount: number }[]
  low_stock: { inventory_item_id: string; name: string | null; available: number; threshold: number }[]
  online_orders_paused: { until: string; reason: string | null } | null
}

/** The manager's service at a glance, live: open orders, today's figures, late orders, low stock, cash per driver, rush pause. */
const DashboardPage = () => <StaffPage title={messages().dashboard.title}>{(_staff, pizzeriaId) => <PizzeriaDashboard pizzeriaId={pizzeriaId} />}</StaffPage>

function PizzeriaDashboard({ pizzeriaId }: { pizzeriaId: string }) {
  const m = messages()
  const [data, setData] = useState<Dashboard>()
  const load = useCallback(() => {
    staffApi<{ dashboard: Dashboard }>(`/admin/pizzerias/${pizzeriaId}/dashboard`).then(({ dashboard }) => setData(dashboard), (error) => toast.error(errorText(error, m)))
  }, [pizzeriaId])
  useEffect(load, [load])
  const live = useTicketStream(pizzeriaId, load)
  if (!data) return <Text>{m.loading}</Text>

  const figure = (label: string, value: string) => (
    <Container className="px-4 py-3">
      <Text size="small" className="text-ui-fg-subtle">{label}</Text>
      <Text size="xlarge" weight="plus">{value}</Text>
    </Container>
  )
  return (
    <div className="flex flex-col gap-3">
      <LiveBadge live={live} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {figure(m.dashboard.orders, String(data.orders))}
        {figure(m.dashboard.revenue, money(data.revenue))}
        {figure(m.dashboard.preparation, m.dashboard.minutes(data.average_preparation_minutes))}
        {figure(m.dashboard.delivery, m.dashboard.minutes(data.average_delivery_minutes))}
        {figure(m.dashboard.late, String(data.late.length))}
      </div>
      <Container className="px-6 py-4">
        <Heading level="h2">{m.dashboard.open}</Heading>
        <div className="mt-2 flex flex-wrap gap-2">
          {Object.entries(data.open).map(([status, count]) => (
            <Badge key={status} color={count ? "blue" : "grey"}>{m.status[status]} : {count}</Badge>
          ))}
        </div>
      </Container>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-3">
        <Container className="px-6 py-4">
          <Heading level="h2">{m.dashboard.late}</Heading>
          {data.late.length === 0 && <Text className="text-ui-fg-subtle">{m.dashboard.none}</Text>}
          <ul>{data.late.map((late) => <li key={late.ticket_id}><Text>#{late.display_id} · {m.status[late.status]} · {m.late(late.minutes_late)}</Text></li>)}</ul>
        </Container>
        <Container className="px-6 py-4">
          <Heading level="h2">{m.dashboard.lowStock}</Heading>
          {data.low_stock.length === 0 && <Text className="text-ui-fg-subtle">{m.dashboard.none}</Text>}
          <ul>{data.low_stock.map((item) => <li key={item.inventory_item_id}><Text>{item.name} · {m.dashboard.available(item.available, item.threshold)}</Text></li>)}</ul>
        </Container>
        <Container className="px-6 py-4">
          <Heading level="h2">{m.dashboard.cash}</Heading>
          {data.cash_by_driver.length === 0 && <Text className="text-ui-fg-subtle">{m.dashboard.none}</Text>}
          <ul>{data.cash_by_driver.map((driver) => <li key={driver.actor}><Text>{driver.name} · {m.dashboard.cashLine(driver.orders, money(driver.amount))}</Text></li>)}</ul>
        </Container>
      </div>
      <RushPause pizzeriaId={pizzeriaId} paused={data.online_orders_paused} onChange={load} />
    </div>
  )
}

function RushPause({ pizzeriaId, paused, onChange }: { pizzeriaId: string; paused: Dashboard["online_orders_paused"]; onChange: () => void }) {
  const m = messages()
  const [minutes, setMinutes] = useState("30")
  const [reason, setReason] = useState("")
  const send = async (body: object) => {
    try {
      await postJson(`/admin/pizzerias/${pizzeriaId}/online-orders`, body)
      onChange()
    } catch (error) {
      toast.error(errorText(error, m))
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void send({ paused: true, minutes: Number(minutes), ...(reason.trim() ? { reason: reason.trim() } : {}) })
  }
  const time = (iso: string) => new Date(iso).toLocaleTimeString(speaksFrench() ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit" })
  return (
    <Container className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h2">{m.dashboard.pause}</Heading>
      <Text role="status">{paused ? m.dashboard.pausedUntil(time(paused.until)) : m.dashboard.taking}</Text>
      {paused ? (
        <Button variant="secondary" className="self-start" onClick={() => send({ paused: false })}>{m.dashboard.resume}</Button>
      ) : (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <div className="w-40">
            <Label htmlFor="ocp-pause-minutes">{m.dashboard.pauseFor}</Label>
            <Input id="ocp-pause-minutes" type="number" min={5} max={240} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
          </div>
          <div className="w-80">
            <Label htmlFor="ocp-pause-reason">{m.dashboard.pauseReason}</Label>
            <Input id="ocp-pause-reason" value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
          </div>
          <Button type="submit" variant="danger">{m.dashboard.pauseButton}</Button>
        </form>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Tableau de bord · Dashboard", icon: ChartBar })

export default DashboardPage
