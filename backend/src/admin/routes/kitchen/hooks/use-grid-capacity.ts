import { useEffect, useRef, useState, type RefObject } from "react"

/** Smallest ticket the board lays out: room for the header, four lines and the button. */
export const TICKET_MIN_WIDTH = 200
export const TICKET_MIN_HEIGHT = 250
export const GRID_GAP = 8

/** How many tickets the element shows at once, in columns and rows, from its size (followed as it changes). */
export function useGridCapacity<T extends HTMLElement>(): { ref: RefObject<T>; columns: number; rows: number } {
  const ref = useRef<T>(null)
  const [size, setSize] = useState({ columns: 4, rows: 2 })
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const { width, height } = element.getBoundingClientRect()
      const columns = Math.max(1, Math.floor((width + GRID_GAP) / (TICKET_MIN_WIDTH + GRID_GAP)))
      const rows = Math.max(1, Math.floor((height + GRID_GAP) / (TICKET_MIN_HEIGHT + GRID_GAP)))
      setSize((current) => (current.columns === columns && current.rows === rows ? current : { columns, rows }))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return { ref, ...size }
}
