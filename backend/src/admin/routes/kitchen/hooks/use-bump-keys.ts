import { useEffect, useRef } from "react"

export type BumpActions = {
  move: (columns: number, rows: number) => void
  bump: () => void
  recall: () => void
  print: () => void
  close: () => void
}

/**
 * The board driven from the keyboard, as kitchens drive theirs from a bump bar:
 * arrows move the selection, Enter or Space moves the selected ticket on, R
 * recalls the last finished ticket, P prints the selected one, Escape closes.
 * Typing in a field is left alone; a focused button keeps its own Enter, and
 * a key a menu or list of the admin handles is not a bump.
 */
export function useBumpKeys(actions: BumpActions): void {
  const current = useRef(actions)
  current.current = actions
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return
      if (target?.closest("[role=menu], [role=menuitem], [role=listbox], [role=option]")) return
      const onButton = target?.closest("button, a, [role=button]")
      const act = current.current
      const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }
      if (moves[event.key]) {
        event.preventDefault()
        act.move(...moves[event.key])
      } else if ((event.key === "Enter" || event.key === " ") && !onButton) {
        event.preventDefault()
        act.bump()
      } else if (event.key === "r" || event.key === "R") act.recall()
      else if (event.key === "p" || event.key === "P") act.print()
      else if (event.key === "Escape") act.close()
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [])
}
