import type { TicketStatus } from "@oc-pizza/api-types"
import { TICKET_STATUSES, transitionRefusal } from "../lifecycle"

describe("TICKET_STATUSES", () => {
  it("stores every status the HTTP type names, and no other", () => {
    // a status added to the shared type and not here fails to compile (the record needs every key)
    const named: Record<TicketStatus, true> = {
      scheduled: true,
      received: true,
      preparing: true,
      ready: true,
      out_for_delivery: true,
      delivered: true,
      collected: true,
      cancelled: true,
      delivery_failed: true,
    }
    expect([...TICKET_STATUSES].sort()).toEqual(Object.keys(named).sort())
  })
})

describe("transitionRefusal", () => {
  it.each([
    ["received", "preparing", "delivery"],
    ["received", "cancelled", "pickup"],
    ["preparing", "ready", "pickup"],
    ["ready", "out_for_delivery", "delivery"],
    ["ready", "collected", "pickup"],
    ["out_for_delivery", "delivered", "delivery"],
    ["delivery_failed", "out_for_delivery", "delivery"],
    ["delivery_failed", "collected", "delivery"],
  ] as const)("lets %s become %s (%s)", (from, to, kind) => {
    expect(transitionRefusal(from, to, kind)).toBeUndefined()
  })

  it.each([
    ["preparing", "cancelled", "delivery", /needs a reason/],
    ["out_for_delivery", "cancelled", "delivery", /out_for_delivery cannot become cancelled/],
    ["received", "ready", "delivery", /received cannot become ready/],
    ["delivered", "received", "delivery", /delivered cannot become received/],
    ["ready", "out_for_delivery", "pickup", /collected at the counter/],
    ["ready", "collected", "delivery", /leaves with a driver/],
    ["out_for_delivery", "delivery_failed", "delivery", /failed delivery needs a reason/],
    ["delivery_failed", "cancelled", "delivery", /delivery_failed cannot become cancelled/],
  ] as const)("refuses %s → %s (%s)", (from, to, kind, reason) => {
    expect(transitionRefusal(from, to, kind)).toMatch(reason)
  })

  it("lets staff cancel a started order with a reason", () => {
    expect(transitionRefusal("preparing", "cancelled", "pickup", "oven broke down")).toBeUndefined()
    expect(transitionRefusal("ready", "cancelled", "delivery", "customer unreachable")).toBeUndefined()
    expect(transitionRefusal("ready", "cancelled", "delivery", "  ")).toMatch(/needs a reason/)
  })

  it("records a failed delivery with its reason", () => {
    expect(transitionRefusal("out_for_delivery", "delivery_failed", "delivery", "nobody answered the door")).toBeUndefined()
  })
})
