import { useMemo, useState } from "react"
import type { MenuItem, MenuVariant } from "./use-counter-menu"

/** The storefront's order of the menu's sections (storefront/lib/medusa/menu.ts): pizzas, then drinks, then desserts. */
const CATEGORY_ORDER = ["pizzas", "boissons", "desserts"]

export type MenuChoice = { id: string; item: MenuItem; variant: MenuVariant }
export type MenuSection = { handle: string; name: string | null; choices: MenuChoice[] }

/** Lower case without accents: "Crème brûlée" and "creme brulee" meet. */
export const folded = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()

const rank = (handle: string) => {
  const index = CATEGORY_ORDER.indexOf(handle)
  return index === -1 ? CATEGORY_ORDER.length : index
}

/** The menu by category in the storefront's order, one choice per size, keeping the dishes whose name or category holds every word typed. */
export function menuSections(items: MenuItem[], search: string): MenuSection[] {
  const words = folded(search).split(/\s+/).filter(Boolean)
  const sections = new Map<string, MenuSection>()
  for (const item of items) {
    const handle = item.category?.handle ?? ""
    const haystack = folded(`${item.title} ${item.category?.name ?? ""}`)
    if (!words.every((word) => haystack.includes(word))) continue
    const section = sections.get(handle) ?? { handle, name: item.category?.name ?? null, choices: [] }
    section.choices.push(...item.variants.map((variant) => ({ id: `ocp-choice-${variant.id}`, item, variant })))
    sections.set(handle, section)
  }
  return [...sections.values()].sort((a, b) => rank(a.handle) - rank(b.handle))
}

/**
 * The menu as the clerk searches and picks in it: the sections matching the
 * search, and the choice the arrows point at (only ones that can be sold),
 * back on the first match whenever the search changes.
 */
export function useMenuChoices(items: MenuItem[]) {
  const [search, setSearchText] = useState("")
  const [activeId, setActiveId] = useState<string | null>(null)
  const sections = useMemo(() => menuSections(items, search), [items, search])
  const sellable = useMemo(() => sections.flatMap((section) => section.choices).filter((choice) => choice.variant.available), [sections])
  const active = sellable.find((choice) => choice.id === activeId) ?? sellable[0] ?? null

  const setSearch = (value: string) => {
    setSearchText(value)
    setActiveId(null)
  }
  const move = (step: number) => {
    if (!sellable.length) return
    const at = active ? sellable.indexOf(active) : -1
    setActiveId(sellable[Math.min(sellable.length - 1, Math.max(0, at + step))].id)
  }
  const edge = (last: boolean) => sellable.length && setActiveId(sellable[last ? sellable.length - 1 : 0].id)
  return { search, setSearch, sections, active, setActiveId, move, edge, matches: sellable.length }
}
