import { useState } from "react"
import type { MenuItem, MenuVariant } from "./use-counter-menu"

/** A line of the order being taken: a size of a dish, made as its recipe says or customised (ingredient ids left out, extra ids added). */
export type BasketLine = {
  /** Stays with the line while it is customised (the panel being used stays open); `key` is what makes two lines the same pizza. */
  id: string
  key: string
  item: MenuItem
  variant: MenuVariant
  label: string
  price: number
  quantity: number
  remove: string[]
  add: string[]
}

const keyOf = (variantId: string, remove: string[], add: string[]) => [variantId, [...remove].sort().join(","), [...add].sort().join(",")].join("|")

/** The size's price plus its extras', as the menu says; the order's total is the API's. */
function priceOf(item: MenuItem, variant: MenuVariant, add: string[]): number {
  const extras = add.reduce((sum, id) => sum + (item.customisation?.extras.find((extra) => extra.id === id)?.sizes.find((size) => size.variant_id === variant.id)?.price ?? 0), 0)
  return (variant.price ?? 0) + extras
}

/** The dishes the clerk has taken down so far: one line per size and customisation; the same pizza twice is one line. */
let lineIds = 0

export function useBasket() {
  const [lines, setLines] = useState<BasketLine[]>([])
  const add = (item: MenuItem, variant: MenuVariant) =>
    setLines((current) => {
      const key = keyOf(variant.id, [], [])
      const existing = current.find((line) => line.key === key)
      if (existing) return current.map((line) => (line === existing ? { ...line, quantity: line.quantity + 1 } : line))
      return [...current, { id: `line-${++lineIds}`, key, item, variant, label: `${item.title} (${variant.title})`, price: variant.price ?? 0, quantity: 1, remove: [], add: [] }]
    })
  const remove = (key: string) =>
    setLines((current) => current.flatMap((line) => (line.key !== key ? [line] : line.quantity > 1 ? [{ ...line, quantity: line.quantity - 1 }] : [])))
  /** The line's pizzas made otherwise; a line of the same pizza made the same way takes them. */
  const customise = (key: string, choice: { remove: string[]; add: string[] }) =>
    setLines((current) => {
      const line = current.find((candidate) => candidate.key === key)
      if (!line) return current
      const changed = { ...line, ...choice, key: keyOf(line.variant.id, choice.remove, choice.add), price: priceOf(line.item, line.variant, choice.add) }
      const same = current.find((candidate) => candidate.key === changed.key && candidate !== line)
      if (same) return current.flatMap((candidate) => (candidate === line ? [] : candidate === same ? [{ ...same, quantity: same.quantity + line.quantity }] : [candidate]))
      return current.map((candidate) => (candidate === line ? changed : candidate))
    })
  const subtotal = lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
  return { lines, add, remove, customise, subtotal, clear: () => setLines([]) }
}
