import { useState } from "react"
import type { MenuItem, MenuVariant } from "./use-counter-menu"

export type BasketLine = { variant_id: string; label: string; price: number; quantity: number }

/** The dishes the clerk has taken down so far, one line per size; the price shown is the menu's, the order's total is the API's. */
export function useBasket() {
  const [lines, setLines] = useState<BasketLine[]>([])
  const add = (item: MenuItem, variant: MenuVariant) =>
    setLines((current) => {
      const existing = current.find((line) => line.variant_id === variant.id)
      if (existing) return current.map((line) => (line === existing ? { ...line, quantity: line.quantity + 1 } : line))
      return [...current, { variant_id: variant.id, label: `${item.title} (${variant.title})`, price: variant.price ?? 0, quantity: 1 }]
    })
  const remove = (variantId: string) =>
    setLines((current) => current.flatMap((line) => (line.variant_id !== variantId ? [line] : line.quantity > 1 ? [{ ...line, quantity: line.quantity - 1 }] : [])))
  const subtotal = lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
  return { lines, add, remove, subtotal, clear: () => setLines([]) }
}
