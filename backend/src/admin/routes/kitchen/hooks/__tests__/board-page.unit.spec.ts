import type { Ticket } from "../use-kitchen-board"
import { boardPage } from "../board-page"
import { ticketTiming } from "../ticket-timing"

const ticket = (n: number, extra: Partial<Ticket> = {}): Ticket => ({
  id: `ktk_${n}`,
  order_id: `order_${n}`,
  display_id: n,
  stock_location_id: "sloc_1",
  kind: "pickup",
  status: "received",
  estimated_ready_at: null,
  scheduled_for: null,
  fire_at: null,
  pizzas: 1,
  placed_at: new Date(Date.UTC(2026, 11, 6, 19, n)).toISOString(),
  payment_failed: null,
  items: [],
  history: [],
  ride_minutes: null,
  delivery_instructions: null,
  customer_name: null,
  ...extra,
})

describe("boardPage", () => {
  const open = Array.from({ length: 40 }, (_, index) => ticket(index + 1))

  it("shows the oldest tickets that fit and counts the others", () => {
    const { shown, offscreen, pinned } = boardPage(open, 8, 0, new Map())
    expect(shown.map((t) => t.display_id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(offscreen).toBe(32)
    expect(pinned).toBeNull()
  })

  it("pins the newest arrival in the last place when it is off screen", () => {
    const { shown, offscreen, pinned } = boardPage(
      open,
      8,
      0,
      new Map([
        ["ktk_39", 1],
        ["ktk_40", 2],
      ])
    )
    expect(shown.map((t) => t.display_id)).toEqual([1, 2, 3, 4, 5, 6, 7, 40])
    expect(pinned).toBe("ktk_40")
    expect(offscreen).toBe(32)
  })

  it("pins nothing when the arrival is on the page already, or is no longer open", () => {
    expect(boardPage(open.slice(0, 6), 8, 0, new Map([["ktk_6", 1]])).pinned).toBeNull()
    expect(boardPage(open, 8, 0, new Map([["ktk_99", 1]])).pinned).toBeNull()
  })
})

describe("ticketTiming", () => {
  const placed = Date.UTC(2026, 11, 6, 19, 0)
  const due = new Date(placed + 15 * 60_000).toISOString()
  const at = (minutes: number) => placed + minutes * 60_000

  it("counts the minutes waited and compares them with the promised time", () => {
    const promised = ticket(0, { estimated_ready_at: due })
    expect(ticketTiming(promised, at(5))).toMatchObject({ waited: 5, tone: "ok", lateBy: 0 })
    expect(ticketTiming(promised, at(13))).toMatchObject({ tone: "soon" })
    expect(ticketTiming(promised, at(19))).toMatchObject({ waited: 19, tone: "late", lateBy: 4 })
  })

  it("never calls a ready ticket late, nor one without a promised time", () => {
    expect(ticketTiming(ticket(0, { estimated_ready_at: due, status: "ready" }), at(40)).tone).toBe("ok")
    expect(ticketTiming(ticket(0), at(40)).tone).toBe("ok")
  })
})
