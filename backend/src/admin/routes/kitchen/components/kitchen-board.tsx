import { Badge, Button, Label, Switch, Text } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useNow } from "../../../hooks/use-now"
import { useTicketStreamState } from "../../../hooks/use-ticket-stream"
import { boardPage } from "../hooks/board-page"
import { useArrivalSound } from "../hooks/use-arrival-sound"
import { useArrivals } from "../hooks/use-arrivals"
import { useBumpKeys } from "../hooks/use-bump-keys"
import { useDeviceSetting } from "../hooks/use-device-setting"
import { GRID_GAP, useGridCapacity } from "../hooks/use-grid-capacity"
import { KITCHEN_STEPS, kitchenKey, useComingTickets, useKitchenTickets, useMoveTicket, type Ticket } from "../hooks/use-kitchen-board"
import { ComingStrip } from "./coming-strip"
import { KeyLegend } from "./key-legend"
import { PrintTicket } from "./print-ticket"
import { ReadyStrip } from "./ready-strip"
import { StreamStatus } from "./stream-status"
import { TicketCard } from "./ticket-card"
import { TicketDialog } from "./ticket-dialog"

const FLASH_CSS = `
@keyframes ocp-flash { 0%, 100% { opacity: 0 } 15%, 45% { opacity: 1 } 30% { opacity: .2 } }
.ocp-flash { animation: ocp-flash 1.6s ease-out forwards; }
@keyframes ocp-arrived { 0%, 100% { background-color: transparent } 50% { background-color: rgba(250, 204, 21, .45) } }
.ocp-ticket-arrived header { animation: ocp-arrived 1s ease-in-out 4; }
.ocp-new-ribbon { color: #92400e; }
@media (prefers-reduced-motion: reduce) { .ocp-flash, .ocp-ticket-arrived header { animation: none; } }
`

const ACTIVE = new Set<string>(["received", "preparing"])

/** The moment a ticket went ready, from its history. */
const readyAt = (ticket: Ticket) => [...ticket.history].reverse().find((line) => line.status === "ready")?.at ?? ""

/**
 * The pizzeria's kitchen display, made for a rush on a wall tablet: compact
 * tickets in a grid, oldest first, as many as the screen holds and a count of
 * the rest; a new order rings, flashes and is shown at once; a bump bar (a
 * keyboard) drives it; a ticket prints on the kitchen's 80 mm printer.
 */
export function KitchenBoard({ pizzeriaId, kiosk = false }: { pizzeriaId: string; kiosk?: boolean }) {
  const { t, i18n } = useTranslation("ocp")
  const { data: tickets } = useKitchenTickets(pizzeriaId)
  const { data: coming } = useComingTickets(pizzeriaId)
  const move = useMoveTicket(pizzeriaId)
  const stream = useTicketStreamState(pizzeriaId, kitchenKey(pizzeriaId))
  const now = useNow(10_000)
  const sound = useArrivalSound()
  const [autoPrint, setAutoPrint] = useDeviceSetting("auto-print")
  const grid = useGridCapacity<HTMLDivElement>()
  const capacity = grid.columns * grid.rows

  const [printQueue, setPrintQueue] = useState<Ticket[]>([])
  const [lastPrinted, setLastPrinted] = useState<Ticket | null>(null)
  const [flashAt, setFlashAt] = useState<number | null>(null)
  const [announce, setAnnounce] = useState("")
  const arrivals = useArrivals(tickets, (ticket) => {
    sound.play()
    setFlashAt(Date.now())
    setAnnounce(t("kitchen.arrived", { number: ticket.display_id ?? ticket.id.slice(-6) }))
    if (autoPrint) setPrintQueue((queue) => [...queue, ticket])
  })

  // one ticket at a time: the print dialog blocks until it is done
  useEffect(() => {
    if (printQueue.length === 0) return
    const frame = requestAnimationFrame(() => {
      window.print()
      setLastPrinted(printQueue[0])
      setPrintQueue((queue) => queue.slice(1))
    })
    return () => cancelAnimationFrame(frame)
  }, [printQueue])
  const print = useCallback((ticket: Ticket | undefined) => ticket && setPrintQueue((queue) => [...queue, ticket]), [])

  const open = (tickets ?? []).filter((ticket) => ACTIVE.has(ticket.status))
  const ready = (tickets ?? []).filter((ticket) => ticket.status === "ready").sort((a, b) => readyAt(b).localeCompare(readyAt(a)))
  const [offset, setOffset] = useState(0)
  const pageStart = offset > 0 && offset >= open.length ? Math.max(0, Math.floor((open.length - 1) / capacity) * capacity) : offset
  const { shown, offscreen } = boardPage(open, capacity, pageStart, arrivals)

  const [selectedId, setSelectedId] = useState<string | null>(null)
  const lastIndex = useRef(0)
  const selectedIndex = Math.max(
    0,
    shown.findIndex((ticket) => ticket.id === selectedId)
  )
  const found = shown.some((ticket) => ticket.id === selectedId)
  const selected = found ? shown[selectedIndex] : shown[Math.min(lastIndex.current, shown.length - 1)]
  if (found) lastIndex.current = selectedIndex

  const [finishedId, setFinishedId] = useState<string | null>(null)
  const [dialog, setDialog] = useState<{ ticket: Ticket; line: number; recalled: boolean } | null>(null)
  const [nothingToRecall, setNothingToRecall] = useState(false)

  const moveOn = (ticket: Ticket, to: "preparing" | "ready") => {
    if (to === "ready") setFinishedId(ticket.id)
    move.mutate({ ticketId: ticket.id, to })
  }
  const recall = () => {
    // ready cannot go back to preparing (the fulfilment took the ingredients out of the stock; see
    // backend/src/modules/kitchen/lifecycle.ts): the last finished ticket is shown again
    const last = (tickets ?? []).find((ticket) => ticket.id === finishedId) ?? ready[0]
    if (!last) {
      setNothingToRecall(true)
      return
    }
    setNothingToRecall(false)
    setDialog({ ticket: last, line: 0, recalled: true })
  }

  useBumpKeys({
    move: (columns, rows) => {
      if (dialog || shown.length === 0) return
      const index = shown.indexOf(selected) + columns + rows * grid.columns
      if (index >= shown.length && pageStart + capacity < open.length) {
        setOffset(pageStart + capacity)
        setSelectedId(open[pageStart + capacity].id)
      } else if (index < 0 && pageStart > 0) {
        setOffset(Math.max(0, pageStart - capacity))
        setSelectedId(open[pageStart - 1].id)
      } else setSelectedId(shown[Math.min(shown.length - 1, Math.max(0, index))].id)
    },
    bump: () => {
      if (dialog || !selected) return
      const step = KITCHEN_STEPS.find((candidate) => candidate.from === selected.status)
      // the same press twice (a bouncing key) sends the move once
      const same = move.isPending && move.variables?.ticketId === selected.id && move.variables.to === step?.to
      if (step && !same) moveOn(selected, step.to)
    },
    recall: () => (dialog ? setDialog(null) : recall()),
    print: () => print(dialog?.ticket ?? selected),
    close: () => {
      setDialog(null)
      setNothingToRecall(false)
    },
  })

  const time = (at: number) => new Date(at).toLocaleTimeString(i18n.language, { hour: "2-digit", minute: "2-digit" })

  return (
    <div className="flex h-full min-h-0 flex-col gap-2" data-testid="kitchen-board">
      <style>{FLASH_CSS}</style>
      <div className="flex flex-wrap items-center gap-2">
        <StreamStatus live={stream.live} offlineSince={stream.offlineSince} signedOut={stream.signedOut} time={time} />
        <Badge size="small" color="grey" data-testid="kitchen-open-count">
          {t("kitchen.openCount", { count: open.length })}
        </Badge>
        {offscreen > 0 && (
          <Badge size="small" color="orange" data-testid="kitchen-offscreen">
            {t("kitchen.offscreen", { count: offscreen })}
          </Badge>
        )}
        {open.length > capacity && (
          <div className="flex gap-1">
            <Button size="small" variant="secondary" disabled={pageStart === 0} onClick={() => setOffset(Math.max(0, pageStart - capacity))}>
              {t("kitchen.previousPage")}
            </Button>
            <Button size="small" variant="secondary" disabled={pageStart + capacity >= open.length} onClick={() => setOffset(pageStart + capacity)}>
              {t("kitchen.nextPage")}
            </Button>
          </div>
        )}
        <div className="ml-auto flex items-center gap-3">
          {sound.armed ? (
            <Badge size="small" color="green">
              {t("kitchen.soundOn")}
            </Badge>
          ) : (
            <Button size="small" variant="primary" onClick={sound.arm}>
              {t("kitchen.armSound")}
            </Button>
          )}
          <div className="flex items-center gap-1">
            <Switch id="ocp-auto-print" checked={autoPrint} onCheckedChange={setAutoPrint} />
            <Label htmlFor="ocp-auto-print" size="small">
              {t("kitchen.autoPrint")}
            </Label>
          </div>
          {kiosk ? (
            <Link to="/kitchen" className="text-ui-fg-interactive text-sm font-medium">
              {t("kitchen.exitKiosk")}
            </Link>
          ) : (
            <Link to="/kitchen/kiosk" className="text-ui-fg-interactive text-sm font-medium">
              {t("kitchen.kiosk")}
            </Link>
          )}
        </div>
      </div>

      <div
        ref={grid.ref}
        className="grid min-h-0 flex-1"
        style={{ gap: GRID_GAP, gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${grid.rows}, minmax(0, 1fr))` }}
      >
        {!tickets && <Text>{t("loading")}</Text>}
        {tickets && open.length === 0 && <Text className="text-ui-fg-subtle">{t("empty")}</Text>}
        {shown.map((ticket) => (
          <TicketCard
            key={ticket.id}
            ticket={ticket}
            now={now}
            selected={ticket.id === selected?.id}
            arrived={arrivals.has(ticket.id)}
            busy={move.isPending && move.variables?.ticketId === ticket.id}
            onSelect={() => setSelectedId(ticket.id)}
            onMove={(to) => moveOn(ticket, to)}
            onOpenLine={(line) => setDialog({ ticket, line, recalled: false })}
          />
        ))}
      </div>

      <ReadyStrip tickets={ready} onOpen={(ticket) => setDialog({ ticket, line: 0, recalled: false })} />
      <ComingStrip tickets={coming ?? []} onOpen={(ticket) => setDialog({ ticket, line: 0, recalled: false })} />
      {nothingToRecall && (
        <Text size="small" role="status" className="text-ui-fg-subtle">
          {t("kitchen.nothingToRecall")}
        </Text>
      )}
      <KeyLegend />

      {flashAt && (
        <div
          key={flashAt}
          className="ocp-flash pointer-events-none fixed inset-0"
          data-testid="kitchen-arrival-flash"
          style={{ zIndex: 1005, boxShadow: "inset 0 0 0 12px rgb(250, 204, 21)" }}
        />
      )}
      <p role="status" aria-live="assertive" className="sr-only" data-testid="kitchen-announce">
        {announce}
      </p>
      {dialog && (
        <TicketDialog
          ticket={(tickets ?? []).find((ticket) => ticket.id === dialog.ticket.id) ?? dialog.ticket}
          line={dialog.line}
          title={dialog.recalled ? t("kitchen.recall") : undefined}
          onClose={() => setDialog(null)}
          onPrint={() => print(dialog.ticket)}
        />
      )}
      {/* the browser's own print command prints the selected ticket */}
      <PrintTicket ticket={printQueue[0] ?? lastPrinted ?? selected ?? null} />
    </div>
  )
}
