/** What the model stores for a day open around the clock: a closing time at the opening time runs to the next day (src/service-hours/service-hours.ts). */
export const ALL_DAY: [string, string][] = [["00:00", "00:00"]]

/** Whether a day's ranges cover the whole day: "00:00-00:00" or "00:00-24:00", however it was stored. */
export function isAllDay(ranges: [string, string][]): boolean {
  return ranges.some(([open, close]) => open === "00:00" && (close === "00:00" || close === "24:00"))
}

/**
 * A day's opening hours as a manager types them: "11:30-14:00, 18:00-22:30";
 * empty is closed. A day open around the clock reads `allDay` ("Ouvert toute
 * la journée") when given, since "00:00-00:00" looks closed.
 */
export function formatDayHours(ranges: [string, string][], allDay?: string): string {
  if (allDay && isAllDay(ranges)) return allDay
  return ranges.map(([open, close]) => `${open}-${close}`).join(", ")
}

const TIME = /^([01]?\d|2[0-3])[:h]([0-5]\d)$/
const ALL_DAY_WORDS = ["ouvert toute la journée", "toute la journée", "open all day", "all day", "24h/24", "24/24", "24h"]

const normalised = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "")

/**
 * The typed hours as ranges, or undefined when they cannot be read.
 * "18h-22h30" and "18:00–22:30" are read too; "00:00-24:00", "24h/24" and
 * "Ouvert toute la journée" / "Open all day" (or `allDay`, the label shown)
 * are the whole day.
 */
export function parseDayHours(text: string, allDay?: string): [string, string][] | undefined {
  const words = normalised(text)
  if (ALL_DAY_WORDS.includes(words) || (allDay && words === normalised(allDay))) return ALL_DAY.map(([open, close]) => [open, close])
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
  const ranges: [string, string][] = []
  for (const part of parts) {
    const [open, close, extra] = part.split(/\s*[-–]\s*/)
    const a = time(open)
    const b = /^24[:h]00$|^24h$/.test((close ?? "").trim()) ? "00:00" : time(close)
    if (!a || !b || extra !== undefined) return undefined
    ranges.push([a, b])
  }
  return ranges
}

function time(raw: string | undefined): string | undefined {
  const text = (raw ?? "").trim().replace(/h$/, "h00")
  const match = TIME.exec(text)
  return match ? `${match[1].padStart(2, "0")}:${match[2]}` : undefined
}
