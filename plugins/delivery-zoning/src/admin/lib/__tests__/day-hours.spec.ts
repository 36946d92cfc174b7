import { formatDayHours, parseDayHours } from "../day-hours"

describe("day hours as typed by a manager", () => {
  it("reads the usual forms", () => {
    expect(parseDayHours("11:30-14:00, 18:00-22:30")).toEqual([
      ["11:30", "14:00"],
      ["18:00", "22:30"],
    ])
    expect(parseDayHours("18h-22h30")).toEqual([["18:00", "22:30"]])
    expect(parseDayHours("9:00 – 12:00")).toEqual([["09:00", "12:00"]])
    expect(parseDayHours("  ")).toEqual([])
  })
  it("refuses what it cannot read", () => {
    expect(parseDayHours("midi")).toBeUndefined()
    expect(parseDayHours("25:00-26:00")).toBeUndefined()
    expect(parseDayHours("11:00-12:00-13:00")).toBeUndefined()
  })
  it("writes back what it reads", () => {
    const ranges: [string, string][] = [
      ["11:30", "14:00"],
      ["18:00", "22:30"],
    ]
    expect(parseDayHours(formatDayHours(ranges))).toEqual(ranges)
  })
})
