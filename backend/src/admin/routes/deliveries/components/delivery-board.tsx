import { Badge, Heading, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { LiveBadge } from "../../../components/live-badge"
import { useTicketStream } from "../../../hooks/use-ticket-stream"
import { deliveriesKey, useDeliveries, useMoveDelivery, type Delivery } from "../hooks/use-deliveries"
import { useDeferredDeliveries } from "../hooks/use-deferred-deliveries"
import { DeliveryCard } from "./delivery-card"
import { TodaysRuns } from "./todays-runs"

type Section = { key: string; title: string; list: Delivery[] }

/** The board in four sections, mine first, then today's runs, refreshed by the kitchen stream. */
export function DeliveryBoard({ pizzeriaId, everyDriver }: { pizzeriaId: string; everyDriver: boolean }) {
  const { t } = useTranslation("ocp")
  const { data: deliveries } = useDeliveries(pizzeriaId)
  const move = useMoveDelivery(pizzeriaId)
  const held = useDeferredDeliveries(pizzeriaId, (ticketId) => {
    const delivery = deliveries?.find((candidate) => candidate.ticket_id === ticketId)
    toast.info(t("deliveries.undone", { order: t("order", { number: delivery?.display_id ?? ticketId.slice(-6) }) }))
  })
  const live = useTicketStream(pizzeriaId, deliveriesKey(pizzeriaId))

  if (!deliveries) return <Text>{t("loading")}</Text>
  const sections: Section[] = [
    { key: "mine", title: t("deliveries.mine"), list: deliveries.filter((delivery) => delivery.status === "out_for_delivery" && delivery.mine) },
    { key: "to-take", title: t("deliveries.toTake"), list: deliveries.filter((delivery) => delivery.status === "ready") },
    { key: "failed", title: t("deliveries.failed"), list: deliveries.filter((delivery) => delivery.status === "delivery_failed") },
    { key: "others", title: t("deliveries.others"), list: deliveries.filter((delivery) => delivery.status === "out_for_delivery" && !delivery.mine) },
  ]
  return (
    <div className="flex flex-col gap-4">
      <LiveBadge live={live} />
      {sections.map(({ key, title, list }) => (
        <section key={key} aria-labelledby={`ocp-deliveries-${key}`} data-testid={`deliveries-${key}`} className="flex flex-col gap-2">
          <Heading level="h2" id={`ocp-deliveries-${key}`}>
            {title} <Badge size="small">{list.length}</Badge>
          </Heading>
          {list.length === 0 && <Text className="text-ui-fg-subtle">{t("empty")}</Text>}
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
            {list.map((delivery) => (
              <DeliveryCard
                key={delivery.ticket_id}
                delivery={delivery}
                busy={move.isPending && move.variables?.ticketId === delivery.ticket_id}
                pending={held.pending[delivery.ticket_id]}
                onMove={(body) => move.mutate({ ticketId: delivery.ticket_id, move: body })}
                onHold={(body) => held.hold(delivery.ticket_id, body)}
                onUndo={() => held.undo(delivery.ticket_id)}
              />
            ))}
          </div>
        </section>
      ))}
      <TodaysRuns pizzeriaId={pizzeriaId} everyDriver={everyDriver} />
    </div>
  )
}
