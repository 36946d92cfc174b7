import { formatDayHours, isAllDay, parseDayHours } from "../day-hours"

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
  it("writes a day open around the clock as such, not as 00:00-00:00, and reads it back", () => {
    const label = "Ouvert toute la journée"
    expect(isAllDay([["00:00", "00:00"]])).toBe(true)
    expect(isAllDay([["00:00", "24:00"]])).toBe(true)
    expect(isAllDay([["11:30", "14:00"]])).toBe(false)
    expect(isAllDay([])).toBe(false)
    expect(formatDayHours([["00:00", "00:00"]], label)).toBe(label)
    expect(formatDayHours([["00:00", "24:00"]], "Open all day")).toBe("Open all day")
    expect(formatDayHours([["18:00", "00:00"]], label)).toBe("18:00-00:00")
    expect(parseDayHours(label, label)).toEqual([["00:00", "00:00"]])
    expect(parseDayHours("open all day")).toEqual([["00:00", "00:00"]])
    expect(parseDayHours("24h/24")).toEqual([["00:00", "00:00"]])
    expect(parseDayHours("00:00-24:00")).toEqual([["00:00", "00:00"]])
    expect(parseDayHours("18:00-24:00")).toEqual([["18:00", "00:00"]])
  })
})
