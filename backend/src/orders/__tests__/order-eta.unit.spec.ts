import { orderEta, type EtaTicket } from "../order-eta"

const at = (iso: string) => new Date(iso)
const base: EtaTicket = {
  status: "received",
  kind: "delivery",
  placed_at: "2026-12-04T19:00:00.000Z",
  estimated_ready_at: "2026-12-04T19:27:00.000Z",
  ride_minutes: 8,
  history: [{ status: "received", at: "2026-12-04T19:00:00.000Z" }],
}
const withSteps = (status: EtaTicket["status"], steps: [EtaTicket["status"], string][]): EtaTicket => ({
  ...base,
  status,
  history: [...base.history, ...steps.map(([step, time]) => ({ status: step, at: time }))],
})

describe("orderEta", () => {
  it("received: the queue's ready time, the driver's wait and the ride; a late kitchen pushes it back", () => {
    expect(orderEta(base, at("2026-12-04T19:01:00Z"))).toEqual({ eta: "2026-12-04T19:40:00.000Z", eta_basis: "queue" })
    // 19:20 and still not started: a whole preparation from now
    expect(orderEta(base, at("2026-12-04T19:20:00Z")).eta).toBe("2026-12-04T19:48:00.000Z")
  })

  it("preparing: the start plus the preparation; ready: the ready time plus the wait and the ride; on the road: the departure plus the ride", () => {
    expect(orderEta(withSteps("preparing", [["preparing", "2026-12-04T19:05:00Z"]]), at("2026-12-04T19:06:00Z"))).toEqual({
      eta: "2026-12-04T19:33:00.000Z",
      eta_basis: "preparing",
    })
    const ready = withSteps("ready", [
      ["preparing", "2026-12-04T19:05:00Z"],
      ["ready", "2026-12-04T19:15:00Z"],
    ])
    expect(orderEta(ready, at("2026-12-04T19:16:00Z"))).toEqual({ eta: "2026-12-04T19:28:00.000Z", eta_basis: "ready" })
    // no driver yet ten minutes later: the departure is now
    expect(orderEta(ready, at("2026-12-04T19:25:00Z")).eta).toBe("2026-12-04T19:33:00.000Z")
    const out = withSteps("out_for_delivery", [
      ["preparing", "2026-12-04T19:05:00Z"],
      ["ready", "2026-12-04T19:15:00Z"],
      ["out_for_delivery", "2026-12-04T19:18:00Z"],
    ])
    expect(orderEta(out, at("2026-12-04T19:19:00Z"))).toEqual({ eta: "2026-12-04T19:26:00.000Z", eta_basis: "on_the_road" })
  })

  it("a pickup is due when ready, with no countdown once it is; nothing after the handover", () => {
    const pickup: EtaTicket = { ...base, kind: "pickup", ride_minutes: null }
    expect(orderEta(pickup, at("2026-12-04T19:01:00Z")).eta).toBe("2026-12-04T19:27:00.000Z")
    expect(orderEta({ ...pickup, status: "ready" }, at("2026-12-04T19:20:00Z"))).toEqual({ eta: null, eta_basis: null })
    for (const status of ["delivered", "collected", "cancelled", "delivery_failed"] as const) expect(orderEta({ ...base, status }).eta).toBeNull()
  })
})
