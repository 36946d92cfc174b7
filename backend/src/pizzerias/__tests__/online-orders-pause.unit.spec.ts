import { onlineOrdersPause } from "../online-orders-pause"

describe("onlineOrdersPause", () => {
  const now = new Date("2026-11-29T19:30:00Z")

  it("is in force until its end, with its reason", () => {
    expect(onlineOrdersPause({ online_orders_paused_until: "2026-11-29T20:00:00Z", online_orders_pause_reason: "rush" }, now)).toEqual({
      until: "2026-11-29T20:00:00.000Z",
      reason: "rush",
    })
  })

  it("ends by itself, and is absent without a valid time", () => {
    expect(onlineOrdersPause({ online_orders_paused_until: "2026-11-29T19:30:00Z" }, now)).toBeNull()
    expect(onlineOrdersPause({ online_orders_paused_until: "soon" }, now)).toBeNull()
    expect(onlineOrdersPause({}, now)).toBeNull()
    expect(onlineOrdersPause(null, now)).toBeNull()
  })
})
