import type { Ticket } from "./use-kitchen-board"

export type BoardPage = { shown: Ticket[]; offscreen: number; pinned: string | null }

/**
 * The tickets on screen: a page of the open tickets, oldest first. When more
 * wait after the page, the newest arrival takes the page's last place, so a
 * new order is seen the moment it comes in; the rest are counted.
 */
export function boardPage(open: Ticket[], capacity: number, offset: number, arrivals: Map<string, number>): BoardPage {
  const page = open.slice(offset, offset + capacity)
  const newest = [...arrivals].sort((a, b) => b[1] - a[1]).find(([id]) => open.some((ticket) => ticket.id === id))?.[0]
  const pinned = newest && offset + capacity < open.length && !page.some((ticket) => ticket.id === newest) ? open.find((ticket) => ticket.id === newest)! : null
  const shown = pinned ? [...page.slice(0, capacity - 1), pinned] : page
  return { shown, offscreen: open.length - shown.length, pinned: pinned?.id ?? null }
}
