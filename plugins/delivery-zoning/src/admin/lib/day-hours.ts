/** A day's opening hours as a manager types them: "11:30-14:00, 18:00-22:30"; empty is closed. */
export function formatDayHours(ranges: [string, string][]): string {
  return ranges.map(([open, close]) => `${open}-${close}`).join(", ")
}

const TIME = /^([01]?\d|2[0-3])[:h]([0-5]\d)$/

/** The typed hours as ranges, or undefined when they cannot be read. "18h-22h30" and "18:00–22:30" are read too. */
export function parseDayHours(text: string): [string, string][] | undefined {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
  const ranges: [string, string][] = []
  for (const part of parts) {
    const [open, close, extra] = part.split(/\s*[-–]\s*/)
    const a = time(open)
    const b = time(close)
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
