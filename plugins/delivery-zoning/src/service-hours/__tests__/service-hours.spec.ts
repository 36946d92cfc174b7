import { isOpenAt, nextOpeningAt, type ServiceHours } from "../service-hours"

const evenings: ServiceHours = {
  timezone: "Europe/Paris",
  opening_hours: {
    mon: [],
    tue: [
      ["11:30", "14:00"],
      ["18:00", "22:30"],
    ],
    wed: [
      ["11:30", "14:00"],
      ["18:00", "22:30"],
    ],
    fri: [["18:00", "01:00"]],
  },
  closures: [],
}

// 2026-12-01 is a Tuesday; Paris is UTC+1 in December
const paris = (isoLocal: string) => new Date(`${isoLocal}+01:00`)

describe("isOpenAt", () => {
  it.each([
    ["Tuesday lunch", "2026-12-01T12:00", true],
    ["Tuesday afternoon", "2026-12-01T15:00", false],
    ["Tuesday at closing time", "2026-12-01T22:30", false],
    ["Monday", "2026-11-30T19:00", false],
    ["Saturday 00:30, after Friday's late service", "2026-12-05T00:30", true],
    ["Saturday 01:00", "2026-12-05T01:00", false],
  ])("%s", (_, at, open) => {
    expect(isOpenAt(evenings, paris(at))).toBe(open)
  })

  it("is closed during an exceptional closure", () => {
    const closed = { ...evenings, closures: [{ starts_at: paris("2026-12-01T00:00"), ends_at: paris("2026-12-02T00:00") }] }
    expect(isOpenAt(closed, paris("2026-12-01T12:00"))).toBe(false)
    expect(isOpenAt(closed, paris("2026-12-02T12:00"))).toBe(true)
  })
})

describe("nextOpeningAt", () => {
  it("is now when open", () => {
    expect(nextOpeningAt(evenings, paris("2026-12-01T12:00"))).toEqual(paris("2026-12-01T12:00"))
  })

  it("is the evening service after lunch", () => {
    expect(nextOpeningAt(evenings, paris("2026-12-01T15:00"))).toEqual(paris("2026-12-01T18:00"))
  })

  it("skips the closed Monday and Thursday", () => {
    expect(nextOpeningAt(evenings, paris("2026-11-30T09:00"))).toEqual(paris("2026-12-01T11:30"))
    expect(nextOpeningAt(evenings, paris("2026-12-03T09:00"))).toEqual(paris("2026-12-04T18:00"))
  })

  it("skips a closure and reopens at its end when that falls within hours", () => {
    const closures = [{ starts_at: paris("2026-12-01T10:00"), ends_at: paris("2026-12-01T19:00"), reason: "travaux" }]
    expect(nextOpeningAt({ ...evenings, closures }, paris("2026-12-01T11:00"))).toEqual(paris("2026-12-01T19:00"))
  })

  it("follows the clock change (Paris goes to UTC+2 on 2027-03-28)", () => {
    const sundays: ServiceHours = { timezone: "Europe/Paris", opening_hours: { sun: [["18:00", "22:00"]] }, closures: [] }
    expect(nextOpeningAt(sundays, new Date("2027-03-28T08:00:00Z"))).toEqual(new Date("2027-03-28T16:00:00Z"))
  })

  it("is undefined when nothing opens", () => {
    expect(nextOpeningAt({ timezone: "Europe/Paris", opening_hours: {}, closures: [] }, paris("2026-12-01T12:00"))).toBeUndefined()
  })
})
