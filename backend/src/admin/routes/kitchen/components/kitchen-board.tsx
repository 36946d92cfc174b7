import { Badge, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { LiveBadge } from "../../../components/live-badge"
import { useNow } from "../../../hooks/use-now"
import { useTicketStream } from "../../../hooks/use-ticket-stream"
import { KITCHEN_COLUMNS, kitchenKey, useKitchenTickets, useMoveTicket } from "../hooks/use-kitchen-board"
import { TicketCard } from "./ticket-card"

/** The three columns of the pizzeria's tickets, refreshed by the kitchen stream. */
export function KitchenBoard({ pizzeriaId }: { pizzeriaId: string }) {
  const { t } = useTranslation("ocp")
  const { data: tickets } = useKitchenTickets(pizzeriaId)
  const move = useMoveTicket(pizzeriaId)
  const live = useTicketStream(pizzeriaId, kitchenKey(pizzeriaId))
  const now = useNow()

  return (
    <div className="flex flex-col gap-3">
      <LiveBadge live={live} />
      {!tickets ? (
        <Text>{t("loading")}</Text>
      ) : (
        <div className="grid grid-cols-1 gap-3 lg:grid-cols-3">
          {KITCHEN_COLUMNS.map((status) => {
            const column = tickets.filter((ticket) => ticket.status === status)
            return (
              <section key={status} aria-labelledby={`ocp-col-${status}`} className="flex flex-col gap-3" data-testid={`column-${status}`}>
                <Heading level="h2" id={`ocp-col-${status}`}>
                  {t(`status.${status}`)} <Badge size="small">{column.length}</Badge>
                </Heading>
                {column.length === 0 && <Text className="text-ui-fg-subtle">{t("empty")}</Text>}
                {column.map((ticket) => (
                  <TicketCard
                    key={ticket.id}
                    ticket={ticket}
                    now={now}
                    busy={move.isPending && move.variables?.ticketId === ticket.id}
                    onMove={(to) => move.mutate({ ticketId: ticket.id, to })}
                  />
                ))}
              </section>
            )
          })}
        </div>
      )}
    </div>
  )
}
