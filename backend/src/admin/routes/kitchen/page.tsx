import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Fire } from "@medusajs/icons"
import { Badge, Button, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { LiveBadge, StaffPage } from "../../components/staff-page"
import { errorText, messages } from "../../lib/i18n"
import { postJson, staffApi, useNow, useTicketStream } from "../../lib/staff-api"

type Recipe = { steps: string[]; bake_minutes: number | null; bake_temperature_c: number | null; notes: string | null; ingredients: { name: string; quantity: number; unit: string }[] }
type Ticket = {
  id: string
  display_id: number | null
  kind: "delivery" | "pickup"
  status: "received" | "preparing" | "ready"
  placed_at: string
  estimated_ready_at: string | null
  payment_failed: { reason: string | null } | null
  items: { title: string; variant: string | null; quantity: number; recipe: Recipe | null }[]
}

const COLUMNS = ["received", "preparing", "ready"] as const
const NEXT = { received: "preparing", preparing: "ready" } as const

/** The kitchen's wall tablet: tickets in columns, oldest first, recipes inline, big buttons, live. */
const KitchenPage = () => <StaffPage title={messages().kitchen.title}>{(_staff, pizzeriaId) => <KitchenBoard pizzeriaId={pizzeriaId} />}</StaffPage>

function KitchenBoard({ pizzeriaId }: { pizzeriaId: string }) {
  const m = messages()
  const [tickets, setTickets] = useState<Ticket[]>()
  const [busy, setBusy] = useState<string>()
  const now = useNow()
  const load = useCallback(() => {
    const statuses = COLUMNS.map((status) => `status=${status}`).join("&")
    staffApi<{ tickets: Ticket[] }>(`/admin/kitchen/tickets?pizzeria_id=${pizzeriaId}&${statuses}`).then(
      ({ tickets }) => setTickets(tickets),
      (error) => toast.error(errorText(error, m))
    )
  }, [pizzeriaId])
  useEffect(load, [load])
  const live = useTicketStream(pizzeriaId, load)

  const advance = async (ticket: Ticket) => {
    const to = NEXT[ticket.status as keyof typeof NEXT]
    setBusy(ticket.id)
    try {
      await postJson(`/admin/kitchen/tickets/${ticket.id}/transition`, { to })
      load()
    } catch (error) {
      toast.error(errorText(error, m))
      load()
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <LiveBadge live={live} />
      {!tickets ? (
        <Text>{m.loading}</Text>
      ) : (
        <div className="grid grid-cols-1 gap-3 lg:grid-cols-3">
          {COLUMNS.map((status) => {
            const column = tickets.filter((ticket) => ticket.status === status)
            return (
              <section key={status} aria-labelledby={`ocp-col-${status}`} className="flex flex-col gap-3" data-testid={`column-${status}`}>
                <Heading level="h2" id={`ocp-col-${status}`}>
                  {m.status[status]} <Badge size="small">{column.length}</Badge>
                </Heading>
                {column.length === 0 && <Text className="text-ui-fg-subtle">{m.empty}</Text>}
                {column.map((ticket) => (
                  <TicketCard key={ticket.id} ticket={ticket} now={now} busy={busy === ticket.id} onAdvance={() => advance(ticket)} />
                ))}
              </section>
            )
          })}
        </div>
      )}
    </div>
  )
}

function TicketCard({ ticket, now, busy, onAdvance }: { ticket: Ticket; now: number; busy: boolean; onAdvance: () => void }) {
  const m = messages()
  const minutes = Math.max(0, Math.floor((now - new Date(ticket.placed_at).getTime()) / 60_000))
  const lateBy = ticket.status !== "ready" && ticket.estimated_ready_at ? Math.floor((now - new Date(ticket.estimated_ready_at).getTime()) / 60_000) : -1
  const late = lateBy > 0
  const action = ticket.status === "received" ? m.kitchen.start : ticket.status === "preparing" ? m.kitchen.finish : null
  const name = `${m.order} #${ticket.display_id ?? ticket.id.slice(-6)}`
  return (
    <article
      aria-label={name}
      data-testid="kitchen-ticket"
      className={`bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-2 rounded-lg px-4 py-3 ${late ? "border-ui-tag-red-border bg-ui-tag-red-bg border-2" : ""}`}
    >
      <div className="flex items-center justify-between gap-2">
        <Heading level="h3">{name}</Heading>
        <Badge color={ticket.kind === "delivery" ? "blue" : "purple"}>{m.kind[ticket.kind]}</Badge>
      </div>
      <Text size="small" className={late ? "text-ui-fg-error font-medium" : "text-ui-fg-subtle"}>
        {m.since(minutes)}
        {late ? ` · ${m.late(lateBy)}` : ""}
      </Text>
      {ticket.payment_failed && <Badge color="red">{m.kitchen.paymentFailed}</Badge>}
      <ul className="flex flex-col gap-2">
        {ticket.items.map((item, index) => (
          <li key={index}>
            <Text weight="plus" size="large">
              {item.quantity} × {item.title}
              {item.variant ? ` (${item.variant})` : ""}
            </Text>
            {ticket.status !== "ready" && <RecipeInline recipe={item.recipe} quantity={item.quantity} />}
          </li>
        ))}
      </ul>
      {action && (
        <Button size="xlarge" className="min-h-14 w-full text-lg" isLoading={busy} onClick={onAdvance} aria-label={`${action} · ${name}`}>
          {action}
        </Button>
      )}
    </article>
  )
}

function RecipeInline({ recipe, quantity }: { recipe: Recipe | null; quantity: number }) {
  const m = messages()
  if (!recipe) return <Text size="small" className="text-ui-fg-subtle">{m.kitchen.noRecipe}</Text>
  return (
    <details className="mt-1 rounded-md bg-ui-bg-subtle px-3 py-2" open>
      <summary className="cursor-pointer text-sm font-medium">{m.kitchen.recipe}</summary>
      <ul className="mt-1 text-sm">
        {recipe.ingredients.map((ingredient) => (
          <li key={ingredient.name}>
            {ingredient.name} : {ingredient.quantity}{ingredient.unit === "piece" ? "" : ` ${ingredient.unit}`}
            {quantity > 1 ? ` (× ${quantity})` : ""}
          </li>
        ))}
      </ul>
      {recipe.steps.length > 0 && (
        <ol className="mt-1 list-decimal pl-5 text-sm">
          {recipe.steps.map((step, index) => <li key={index}>{step}</li>)}
        </ol>
      )}
      <Text size="small" weight="plus" className="mt-1">{m.kitchen.bake(recipe.bake_minutes, recipe.bake_temperature_c)}</Text>
    </details>
  )
}

export const config = defineRouteConfig({ label: "Cuisine · Kitchen", icon: Fire })

export default KitchenPage
