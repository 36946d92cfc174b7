import type { ServiceHours } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { asapBooking, fireAt, ovenQuarter } from "../booking"
import { DEFAULT_CAPACITY, slotCapacity, type KitchenCapacity } from "../capacity"
import { slotsWithRoom } from "../list-slots"
import type { SlotRules } from "../read-slot-rules"
import { slotRefusal } from "../slot-refusal"
import { dayStart, localDay, openSlots, slotDays } from "../slot-times"

const PARIS = "Europe/Paris"
const local = (at: Date) => new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS, weekday: "short", hour: "2-digit", minute: "2-digit" }).format(at)
const hhmm = (at: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: PARIS, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at)
/** A Paris wall-clock time in winter (UTC+1). */
const winter = (isoLocal: string) => new Date(`${isoLocal}:00+01:00`)

const evenings: ServiceHours = {
  timezone: PARIS,
  opening_hours: {
    tue: [["18:00", "22:30"]],
    wed: [["18:00", "22:30"]],
    thu: [["18:00", "22:30"]],
    fri: [["18:00", "01:00"]],
    sat: [["18:00", "04:00"]],
  },
  closures: [],
}

describe("openSlots", () => {
  it("starts at the first quarter after the lead time and keeps to the opening hours", () => {
    // Tuesday 2026-12-01 18:05 with 20 minutes of lead: 18:25 → 18:30
    const slots = openSlots(evenings, winter("2026-12-01T18:05"), winter("2026-12-01T18:25"))
    expect(hhmm(slots[0])).toBe("18:30")
    const tuesday = slots.filter((at) => localDay(at, PARIS) === "2026-12-01")
    expect(tuesday.map(hhmm).at(-1)).toBe("22:15")
    expect(tuesday).toHaveLength(16)
  })

  it("runs past midnight into the day after, and stops at closing time", () => {
    const slots = openSlots(evenings, winter("2026-12-04T23:00"), winter("2026-12-04T23:20"))
    expect(slots.slice(0, 7).map(hhmm)).toEqual(["23:30", "23:45", "00:00", "00:15", "00:30", "00:45", "18:00"])
  })

  it("has no quarter of the hour the clock skips in March, and all of them once", () => {
    // Sunday 2027-03-28 at 02:00 Paris goes to 03:00; Saturday's service runs to 04:00
    const slots = openSlots(evenings, new Date("2027-03-27T17:00:00Z"), new Date("2027-03-27T17:00:00Z"))
    const night = slots.filter((at) => localDay(at, PARIS) === "2027-03-28" && at.getTime() < new Date("2027-03-28T12:00:00Z").getTime())
    expect(night.map(hhmm)).toEqual(["00:00", "00:15", "00:30", "00:45", "01:00", "01:15", "01:30", "01:45", "03:00", "03:15", "03:30", "03:45"])
    expect(new Set(night.map((at) => at.getTime())).size).toBe(night.length)
  })

  it("offers the hour the clock repeats in October twice, as two distinct instants", () => {
    // Sunday 2026-10-25 at 03:00 Paris goes back to 02:00
    const slots = openSlots(evenings, new Date("2026-10-24T16:00:00Z"), new Date("2026-10-24T16:00:00Z"))
    const night = slots.filter((at) => localDay(at, PARIS) === "2026-10-25" && at.getTime() < new Date("2026-10-25T12:00:00Z").getTime())
    expect(night).toHaveLength(20)
    expect(night.filter((at) => hhmm(at).startsWith("02:"))).toHaveLength(8)
    expect(night[8].getTime() - night[7].getTime()).toBe(15 * 60_000)
  })

  it("leaves out an exceptional closure and keeps what is around it", () => {
    const closed = { ...evenings, closures: [{ starts_at: winter("2026-12-01T19:00"), ends_at: winter("2026-12-01T20:00") }] }
    const tuesday = openSlots(closed, winter("2026-12-01T17:00"), winter("2026-12-01T17:00")).filter((at) => localDay(at, PARIS) === "2026-12-01")
    expect(tuesday.map(hhmm)).not.toContain("19:00")
    expect(tuesday.map(hhmm)).not.toContain("19:45")
    expect(tuesday.map(hhmm)).toContain("18:45")
    expect(tuesday.map(hhmm)).toContain("20:00")
  })

  it("covers today and the next six days, not an eighth", () => {
    const from = winter("2026-12-01T10:00")
    expect(slotDays(from, PARIS)).toEqual(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"])
    const slots = openSlots(evenings, from, from)
    // Saturday's late service ends on Sunday the 6th; Monday the 7th is closed; Tuesday the 8th is an eighth day
    expect(localDay(slots.at(-1)!, PARIS)).toBe("2026-12-06")
    expect(hhmm(slots.at(-1)!)).toBe("03:45")
  })

  it("serves around the clock without hours", () => {
    expect(openSlots(undefined, winter("2026-12-01T10:00"), winter("2026-12-01T10:00"))).toHaveLength(56 + 6 * 96)
  })
})

describe("dayStart", () => {
  it("is local midnight, also on the days the clock changes", () => {
    expect(dayStart("2026-12-01", PARIS)!.toISOString()).toBe("2026-11-30T23:00:00.000Z")
    expect(dayStart("2027-03-28", PARIS)!.toISOString()).toBe("2027-03-27T23:00:00.000Z")
    expect(dayStart("2026-10-25", PARIS)!.toISOString()).toBe("2026-10-24T22:00:00.000Z")
    // a day no calendar has ends the search instead of running on
    expect(dayStart("2026-02-30", PARIS)).toBeUndefined()
    expect(dayStart("2026-13-01", PARIS)).toBeUndefined()
  })
})

describe("slotCapacity", () => {
  const capacity: KitchenCapacity = { ...DEFAULT_CAPACITY, pizzas_per_slot: 10, day_parts: [{ from: "22:00", to: "01:00", pizzas: 4 }] }

  it("takes the day part that covers the slot, past midnight included, else the pizzeria's figure", () => {
    expect(slotCapacity(capacity, winter("2026-12-04T19:00"), PARIS)).toBe(10)
    expect(slotCapacity(capacity, winter("2026-12-04T23:30"), PARIS)).toBe(4)
    expect(slotCapacity(capacity, winter("2026-12-05T00:45"), PARIS)).toBe(4)
    expect(slotCapacity(capacity, winter("2026-12-05T01:00"), PARIS)).toBe(10)
  })

  it("is not limited when the manager set nothing", () => {
    expect(slotCapacity(DEFAULT_CAPACITY, winter("2026-12-04T19:00"), PARIS)).toBeNull()
  })
})

describe("slotRefusal", () => {
  const capacity: KitchenCapacity = { ...DEFAULT_CAPACITY, pizzas_per_slot: 10 }
  const now = winter("2026-12-01T18:05")
  const ask = (at: Date, extra: Partial<Parameters<typeof slotRefusal>[0]> = {}) =>
    slotRefusal({ at, now, fulfilment: "delivery", pizzas: 2, booked: 0, service: evenings, capacity, ...extra })

  it.each([
    ["not a quarter hour", winter("2026-12-01T19:10"), {}, "slot_invalid"],
    ["inside the lead time (30 min for a delivery)", winter("2026-12-01T18:30"), {}, "slot_too_soon"],
    ["in the past", winter("2026-12-01T17:00"), {}, "slot_too_soon"],
    ["outside the hours", winter("2026-12-02T15:00"), {}, "slot_closed"],
    ["beyond the seven days", winter("2026-12-08T19:00"), {}, "slot_closed"],
    ["without room for the order", winter("2026-12-01T19:00"), { booked: 9 }, "slot_full"],
    ["with room", winter("2026-12-01T19:00"), { booked: 8 }, undefined],
    ["inside the lead time, within checkout's grace", winter("2026-12-01T18:30"), { graceMinutes: 10 }, undefined],
  ])("%s", (_, at, extra, code) => {
    expect(ask(at, extra)).toBe(code)
  })

  it("refuses a slot a closure added later covers", () => {
    const closed = { ...evenings, closures: [{ starts_at: winter("2026-12-01T19:00"), ends_at: winter("2026-12-01T23:00") }] }
    expect(ask(winter("2026-12-01T19:00"), { service: closed })).toBe("slot_closed")
  })
})

describe("booking", () => {
  const rules: SlotRules = { service: evenings, capacity: { ...DEFAULT_CAPACITY, pizzas_per_slot: 10 }, timezone: PARIS }

  it("books an order as soon as possible in its ready time's quarter when there is room", () => {
    const ready = winter("2026-12-01T19:07")
    expect(asapBooking(rules, ready, new Map(), 3)).toEqual({ slot: winter("2026-12-01T19:00"), ready })
  })

  it("moves it, and its ready time, to the first quarter with room", () => {
    const booked = new Map([
      [winter("2026-12-01T19:00").getTime(), { pizzas: 9, orders: 3 }],
      [winter("2026-12-01T19:15").getTime(), { pizzas: 10, orders: 4 }],
    ])
    expect(asapBooking(rules, winter("2026-12-01T19:07"), booked, 2)).toEqual({ slot: winter("2026-12-01T19:30"), ready: winter("2026-12-01T19:30") })
  })

  it("fires a pickup a preparation before its slot, a delivery also its wait and ride before", () => {
    const slot = winter("2026-12-01T19:30")
    expect(hhmm(fireAt(slot, "pickup", null))).toBe("19:15")
    expect(hhmm(fireAt(slot, "delivery", 12))).toBe("18:58")
  })

  it("lists only the slots with room for the order's pizzas, on every day", () => {
    const now = winter("2026-12-01T18:00")
    const candidates = [winter("2026-12-01T19:00"), winter("2026-12-01T19:15")]
    const days = slotsWithRoom(rules, candidates, new Map([[candidates[0].getTime(), { pizzas: 9, orders: 2 }]]), 2, now, "pickup")
    expect(days).toHaveLength(7)
    expect(days[0]).toEqual({ date: "2026-12-01", slots: [{ starts_at: candidates[1].toISOString(), ends_at: winter("2026-12-01T19:30").toISOString() }] })
    expect(local(candidates[1])).toContain("19:15")
  })

  it("counts a delivery's pizzas in the quarter they leave the oven in, before the ride, as an order as soon as possible counts", () => {
    expect(hhmm(ovenQuarter(winter("2026-12-01T19:30"), "pickup"))).toBe("19:30")
    // 19:30 less the driver's wait and the ride's guess is 19:10: the 19:00 quarter
    expect(hhmm(ovenQuarter(winter("2026-12-01T19:30"), "delivery"))).toBe("19:00")
    expect(hhmm(ovenQuarter(winter("2026-12-01T19:45"), "delivery"))).toBe("19:15")
    const now = winter("2026-12-01T17:00")
    const candidates = [winter("2026-12-01T19:30"), winter("2026-12-01T19:45")]
    // the 19:00 quarter's oven is full: a 19:30 delivery is not offered, a 19:30 pickup is
    const booked = new Map([[winter("2026-12-01T19:00").getTime(), { pizzas: 10, orders: 3 }]])
    const starts = (fulfilment: "pickup" | "delivery") => slotsWithRoom(rules, candidates, booked, 1, now, fulfilment)[0].slots.map((slot) => hhmm(new Date(slot.starts_at)))
    expect(starts("delivery")).toEqual(["19:45"])
    expect(starts("pickup")).toEqual(["19:30", "19:45"])
    const request = { now, pizzas: 1, booked: 0, service: evenings, capacity: rules.capacity }
    expect(slotRefusal({ ...request, at: winter("2026-12-01T19:30"), fulfilment: "delivery", booked: 10 })).toBe("slot_full")
  })
})
