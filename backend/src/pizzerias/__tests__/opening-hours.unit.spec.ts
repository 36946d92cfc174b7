import { isOpenAt, type OpeningHours } from "../opening-hours"

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }
const hours: OpeningHours = {
  ...closed,
  tue: [["11:30", "14:00"], ["18:00", "22:30"]],
  sat: [["18:00", "01:00"]],
}
// 2026-12-01 is a Tuesday; Paris is UTC+1 in winter.
const paris = (iso: string) => new Date(`${iso}+01:00`)

describe("isOpenAt", () => {
  it.each([
    ["2026-12-01T11:29", false],
    ["2026-12-01T11:30", true],
    ["2026-12-01T13:59", true],
    ["2026-12-01T14:00", false],
    ["2026-12-01T16:00", false],
    ["2026-12-01T22:29", true],
    ["2026-12-01T22:30", false],
  ])("Tuesday %s local → %p", (at, open) => {
    expect(isOpenAt(hours, "Europe/Paris", paris(at))).toBe(open)
  })

  it("keeps a service that ends after midnight open on the next day", () => {
    expect(isOpenAt(hours, "Europe/Paris", paris("2026-12-05T23:00"))).toBe(true)
    expect(isOpenAt(hours, "Europe/Paris", paris("2026-12-06T00:30"))).toBe(true)
    expect(isOpenAt(hours, "Europe/Paris", paris("2026-12-06T01:00"))).toBe(false)
  })

  it("is closed on a day without services", () => {
    expect(isOpenAt(hours, "Europe/Paris", paris("2026-11-30T12:00"))).toBe(false)
  })

  it("reads the time in the pizzeria's time zone, summer time included", () => {
    // 16:30 UTC on a July Tuesday is 18:30 in Paris (UTC+2)
    expect(isOpenAt(hours, "Europe/Paris", new Date("2026-07-07T16:30:00Z"))).toBe(true)
    expect(isOpenAt(hours, "UTC", new Date("2026-07-07T16:30:00Z"))).toBe(false)
  })
})
