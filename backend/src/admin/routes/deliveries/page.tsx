import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Badge, Button, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { LiveBadge, StaffPage } from "../../components/staff-page"
import { errorText, messages, money } from "../../lib/i18n"
import type { Delivery } from "../../../kitchen/read-deliveries"
import { postJson, staffApi, useNow, useTicketStream } from "../../lib/staff-api"

type Move = { to: string; paid_with?: "cash" | "card_terminal"; note?: string }

/** The drivers' board: orders to take, mine on the road (address, directions, phone, cash to collect), failed ones back. */
const DeliveriesPage = () => <StaffPage title={messages().deliveries.title}>{(_staff, pizzeriaId) => <DeliveryBoard pizzeriaId={pizzeriaId} />}</StaffPage>

function DeliveryBoard({ pizzeriaId }: { pizzeriaId: string }) {
  const m = messages()
  const [deliveries, setDeliveries] = useState<Delivery[]>()
  const [busy, setBusy] = useState<string>()
  const load = useCallback(() => {
    staffApi<{ deliveries: Delivery[] }>(`/admin/pizzerias/${pizzeriaId}/deliveries`).then(
      ({ deliveries }) => setDeliveries(deliveries),
      (error) => toast.error(errorText(error, m))
    )
  }, [pizzeriaId])
  useEffect(load, [load])
  const live = useTicketStream(pizzeriaId, load)

  const move = async (delivery: Delivery, body: Move) => {
    setBusy(delivery.ticket_id)
    try {
      await postJson(`/admin/kitchen/tickets/${delivery.ticket_id}/transition`, body)
    } catch (error) {
      toast.error(errorText(error, m))
    } finally {
      setBusy(undefined)
      load()
    }
  }

  if (!deliveries) return <Text>{m.loading}</Text>
  const sections: [string, string, Delivery[]][] = [
    ["mine", m.deliveries.mine, deliveries.filter((delivery) => delivery.status === "out_for_delivery" && delivery.mine)],
    ["to-take", m.deliveries.toTake, deliveries.filter((delivery) => delivery.status === "ready")],
    ["failed", m.deliveries.failed, deliveries.filter((delivery) => delivery.status === "delivery_failed")],
    ["others", m.deliveries.others, deliveries.filter((delivery) => delivery.status === "out_for_delivery" && !delivery.mine)],
  ]
  return (
    <div className="flex flex-col gap-4">
      <LiveBadge live={live} />
      {sections.map(([key, title, list]) => (
        <section key={key} aria-labelledby={`ocp-deliveries-${key}`} data-testid={`deliveries-${key}`} className="flex flex-col gap-2">
          <Heading level="h2" id={`ocp-deliveries-${key}`}>
            {title} <Badge size="small">{list.length}</Badge>
          </Heading>
          {list.length === 0 && <Text className="text-ui-fg-subtle">{m.empty}</Text>}
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
            {list.map((delivery) => (
              <DeliveryCard key={delivery.ticket_id} delivery={delivery} busy={busy === delivery.ticket_id} onMove={(body) => move(delivery, body)} />
            ))}
          </div>
        </section>
      ))}
    </div>
  )
}

function DeliveryCard({ delivery, busy, onMove }: { delivery: Delivery; busy: boolean; onMove: (body: Move) => void }) {
  const m = messages()
  const now = useNow()
  const [failing, setFailing] = useState(false)
  const [reason, setReason] = useState("")
  const name = `${m.order} #${delivery.display_id ?? delivery.ticket_id.slice(-6)}`
  const minutes = Math.max(0, Math.floor((now - new Date(delivery.placed_at).getTime()) / 60_000))
  const big = "min-h-14 text-lg"
  return (
    <article aria-label={name} data-testid="delivery" className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-2 rounded-lg px-4 py-3">
      <div className="flex items-center justify-between">
        <Heading level="h3">{name}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{m.since(minutes)}</Text>
      </div>
      <Text weight="plus">{delivery.customer.name}</Text>
      <Text>{delivery.address.line}</Text>
      <div className="flex flex-wrap gap-2">
        <a className="text-ui-fg-interactive underline" href={delivery.directions_url} target="_blank" rel="noopener noreferrer">
          {m.deliveries.directions}
        </a>
        {delivery.customer.phone && (
          <a className="text-ui-fg-interactive underline" href={`tel:${delivery.customer.phone}`}>
            {m.deliveries.call} {delivery.customer.phone}
          </a>
        )}
      </div>
      <Text size="small">{delivery.items.map((item) => `${item.quantity} × ${item.title}${item.variant ? ` (${item.variant})` : ""}`).join(", ")}</Text>
      {delivery.to_collect !== null ? (
        <Badge color="orange" size="large">{m.deliveries.toCollect(money(delivery.to_collect, delivery.currency_code))}</Badge>
      ) : (
        <Badge color="green">{m.deliveries.paidOnline}</Badge>
      )}
      {delivery.taken_by && !delivery.mine && <Text size="small">{m.deliveries.takenBy(delivery.taken_by.name)}</Text>}
      {delivery.note && <Text size="small" className="text-ui-fg-error">{delivery.note}</Text>}

      {delivery.status === "ready" && (
        <Button size="xlarge" className={big} isLoading={busy} onClick={() => onMove({ to: "out_for_delivery" })} aria-label={`${m.deliveries.take} · ${name}`}>
          {m.deliveries.take}
        </Button>
      )}
      {delivery.status === "delivery_failed" && (
        <Button size="xlarge" variant="secondary" className={big} isLoading={busy} onClick={() => onMove({ to: "out_for_delivery" })} aria-label={`${m.deliveries.again} · ${name}`}>
          {m.deliveries.again}
        </Button>
      )}
      {delivery.status === "out_for_delivery" && delivery.mine && !failing && (
        <div className="flex flex-col gap-2">
          {delivery.to_collect !== null ? (
            <fieldset className="flex flex-col gap-2">
              <legend className="text-sm font-medium">{m.deliveries.delivered} · {m.deliveries.paidWith}</legend>
              <div className="grid grid-cols-2 gap-2">
                <Button size="xlarge" className={big} isLoading={busy} onClick={() => onMove({ to: "delivered", paid_with: "cash" })} aria-label={`${m.deliveries.delivered}, ${m.deliveries.cash} · ${name}`}>
                  {m.deliveries.cash}
                </Button>
                <Button size="xlarge" className={big} isLoading={busy} onClick={() => onMove({ to: "delivered", paid_with: "card_terminal" })} aria-label={`${m.deliveries.delivered}, ${m.deliveries.cardTerminal} · ${name}`}>
                  {m.deliveries.cardTerminal}
                </Button>
              </div>
            </fieldset>
          ) : (
            <Button size="xlarge" className={big} isLoading={busy} onClick={() => onMove({ to: "delivered" })} aria-label={`${m.deliveries.delivered} · ${name}`}>
              {m.deliveries.delivered}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setFailing(true)}>{m.deliveries.failedButton}</Button>
        </div>
      )}
      {failing && (
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            onMove({ to: "delivery_failed", note: reason })
            setFailing(false)
          }}
        >
          <Label htmlFor={`ocp-reason-${delivery.ticket_id}`}>{m.deliveries.reason}</Label>
          <Textarea id={`ocp-reason-${delivery.ticket_id}`} required value={reason} placeholder={m.deliveries.reasonPlaceholder} onChange={(event) => setReason(event.target.value)} />
          <div className="flex gap-2">
            <Button type="submit" variant="danger" disabled={!reason.trim()}>{m.deliveries.confirmFailed}</Button>
            <Button type="button" variant="secondary" onClick={() => setFailing(false)}>{m.deliveries.cancel}</Button>
          </div>
        </form>
      )}
    </article>
  )
}

export const config = defineRouteConfig({ label: "Livraisons · Deliveries", icon: ShoppingCart })

export default DeliveriesPage
