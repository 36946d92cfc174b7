import { summarizeDay, type DayTicket } from "../summarize-day"

const at = (time: string) => `2026-11-29T${time}:00.000Z`
const ticket = (overrides: Partial<DayTicket>): DayTicket => ({
  id: "ktk_1",
  display_id: 1,
  kind: "delivery",
  status: "received",
  estimated_ready_at: null,
  paid_with: null,
  total: 20,
  history: [{ status: "received", at: at("18:00"), actor: null }],
  ...overrides,
})

describe("summarizeDay", () => {
  const now = new Date(at("19:00"))

  it("counts open tickets, orders and revenue, leaving cancelled orders out", () => {
    const summary = summarizeDay(
      [
        ticket({ id: "a", status: "received", total: 12.5 }),
        ticket({ id: "b", status: "preparing", total: 20 }),
        ticket({ id: "c", status: "cancelled", total: 99 }),
        ticket({ id: "d", status: "delivered", total: 30.1 }),
      ],
      now
    )
    expect(summary.open).toEqual({ received: 1, preparing: 1, ready: 0, out_for_delivery: 0, delivery_failed: 0 })
    expect(summary.orders).toBe(3)
    expect(summary.revenue).toBe(62.6)
  })

  it("averages preparation (received → ready) and delivery (last departure → delivered)", () => {
    const summary = summarizeDay(
      [
        ticket({
          id: "a",
          status: "delivered",
          history: [
            { status: "received", at: at("18:00"), actor: null },
            { status: "ready", at: at("18:20"), actor: "pizzaiolo" },
            { status: "out_for_delivery", at: at("18:25"), actor: "driver" },
            { status: "delivery_failed", at: at("18:40"), actor: "driver" },
            { status: "out_for_delivery", at: at("18:50"), actor: "driver" },
            { status: "delivered", at: at("19:00"), actor: "driver" },
          ],
        }),
        ticket({
          id: "b",
          status: "ready",
          history: [
            { status: "received", at: at("18:10"), actor: null },
            { status: "ready", at: at("18:40"), actor: null },
          ],
        }),
      ],
      now
    )
    expect(summary.average_preparation_minutes).toBe(25)
    expect(summary.average_delivery_minutes).toBe(10)
  })

  it("lists orders not ready at their estimate, most late first", () => {
    const summary = summarizeDay(
      [
        ticket({ id: "a", status: "preparing", estimated_ready_at: at("18:50") }),
        ticket({ id: "b", status: "received", estimated_ready_at: at("18:30") }),
        ticket({ id: "c", status: "ready", estimated_ready_at: at("18:00") }),
        ticket({ id: "d", status: "received", estimated_ready_at: at("19:10") }),
      ],
      now
    )
    expect(summary.late.map((entry) => [entry.ticket_id, entry.minutes_late])).toEqual([
      ["b", 30],
      ["a", 10],
    ])
  })

  it("adds up the cash each driver collected", () => {
    const delivered = (id: string, driver: string, total: number, paid_with: DayTicket["paid_with"]) =>
      ticket({
        id,
        status: "delivered",
        total,
        paid_with,
        history: [
          { status: "received", at: at("18:00"), actor: null },
          { status: "delivered", at: at("18:40"), actor: driver },
        ],
      })
    const summary = summarizeDay(
      [delivered("a", "user_leo", 21.5, "cash"), delivered("b", "user_leo", 10, "cash"), delivered("c", "user_ana", 15, "cash"), delivered("d", "user_ana", 40, "card_terminal")],
      now
    )
    expect(summary.cash_by_driver).toEqual([
      { actor: "user_leo", orders: 2, amount: 31.5 },
      { actor: "user_ana", orders: 1, amount: 15 },
    ])
  })
})

describe("serviceDayStart", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serviceDayStart } = require("../service-day") as typeof import("../service-day")

  it("starts at 05:00 in Paris, winter and summer", () => {
    expect(serviceDayStart(new Date("2026-11-29T19:00:00Z"), "Europe/Paris").toISOString()).toBe("2026-11-29T04:00:00.000Z")
    expect(serviceDayStart(new Date("2026-07-14T12:00:00Z"), "Europe/Paris").toISOString()).toBe("2026-07-14T03:00:00.000Z")
  })

  it("counts half past midnight in the evening before", () => {
    expect(serviceDayStart(new Date("2026-11-29T23:30:00Z"), "Europe/Paris").toISOString()).toBe("2026-11-29T04:00:00.000Z")
  })
})
