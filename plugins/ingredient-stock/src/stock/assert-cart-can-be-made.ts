import type { MedusaContainer } from "@medusajs/framework/types"
import { StockError } from "../errors/stock-error"
import { findShortages, ingredientNeeds, type KitPart, type NeedLine } from "./ingredient-needs"
import { itemLabels, kitsOfVariants, levelsAt } from "./read-stock"

export type CartLine = { id: string; quantity: number; variant_id: string | null; product_title: string | null; variant_title: string | null }

/** A line's own ingredients per portion, by line id, where they differ from its variant's kit (a dish made without onions, or with extra cheese). */
export type LineKits = Record<string, KitPart[]>

/**
 * Throws `insufficient_stock` (409) naming each dish and missing ingredient
 * when the location cannot supply the whole cart, ingredients summed over
 * every line. Reads the levels now: call it while holding the stock lock.
 *
 * `releasing`: lines whose reservations the same change gives back (an order
 * being modified replaces its old lines), counted as available again.
 * `lineKits`: lines made otherwise than their variant's kit, counted as made.
 */
export async function assertCartCanBeMade(
  container: MedusaContainer,
  cart: { items?: (CartLine | null)[] | null },
  stockLocationId: string,
  { releasing = [], lineKits = {} }: { releasing?: CartLine[]; lineKits?: LineKits } = {}
): Promise<void> {
  const lines = (cart.items ?? []).flatMap((item) => (item?.variant_id ? [item] : []))
  const released = releasing.filter((line) => line.variant_id)
  const kits = await kitsOfVariants(container, [...new Set([...lines, ...released].map((line) => line.variant_id!))])
  const toNeedLines = (from: CartLine[]): NeedLine[] =>
    from.map((line) => ({
      line_id: line.id,
      title: [line.product_title, line.variant_title].filter(Boolean).join(" — "),
      quantity: Number(line.quantity),
      kit: lineKits[line.id] ?? kits.get(line.variant_id!) ?? [],
    }))
  const needs = ingredientNeeds(toNeedLines(lines))
  const givenBack = ingredientNeeds(toNeedLines(released))
  const levels = await levelsAt(container, [...needs.keys()], stockLocationId)
  const available = new Map([...levels].map(([id, level]) => [id, level.available + (givenBack.get(id)?.quantity ?? 0)]))
  const shortages = findShortages(needs, available)
  if (!shortages.length) return

  const labels = await itemLabels(
    container,
    shortages.map((shortage) => shortage.inventory_item_id)
  )
  const details = shortages.map((shortage) => {
    const label = labels.get(shortage.inventory_item_id)
    return {
      inventory_item_id: shortage.inventory_item_id,
      ingredient: label?.name ?? shortage.inventory_item_id,
      unit: label?.unit ?? "",
      needed: shortage.quantity,
      available: Math.max(shortage.available, 0),
      items: shortage.lines.map((line) => ({ line_item_id: line.line_id, title: line.title })),
    }
  })
  const amount = (quantity: number, unit: string) => `${quantity}${unit && ` ${unit}`}`
  const english = details.map(
    (detail) =>
      `${detail.items.map((item) => item.title).join(" and ")} need ${amount(detail.needed, detail.unit)} of ${detail.ingredient}, only ${amount(detail.available, detail.unit)} left`
  )
  const french = details.map(
    (detail) =>
      `${detail.items.map((item) => item.title).join(" et ")} : il faut ${amount(detail.needed, detail.unit)} de ${detail.ingredient}, il en reste ${amount(detail.available, detail.unit)}`
  )
  const texts = { fr: `Impossible à préparer pour le moment : ${french.join(" ; ")}.`, en: `Cannot be made right now: ${english.join("; ")}.` }
  throw new StockError(409, "insufficient_stock", texts, {
    stock_location_id: stockLocationId,
    shortages: details,
  })
}
