/** What one unit of a variant consumes: its inventory kit. */
export type KitPart = { inventory_item_id: string; required_quantity: number }

export type NeedLine = { line_id: string; title: string; quantity: number; kit: KitPart[] }

export type IngredientNeed = {
  inventory_item_id: string
  quantity: number
  /** The lines that need it, so a shortage can name the dishes. */
  lines: { line_id: string; title: string; quantity: number }[]
}

/**
 * Sums what a whole cart needs per ingredient: two different pizzas sharing
 * mozzarella count together (Medusa checks each line on its own).
 */
export function ingredientNeeds(lines: NeedLine[]): Map<string, IngredientNeed> {
  const needs = new Map<string, IngredientNeed>()
  for (const line of lines) {
    for (const part of line.kit) {
      const quantity = line.quantity * part.required_quantity
      const need = needs.get(part.inventory_item_id) ?? { inventory_item_id: part.inventory_item_id, quantity: 0, lines: [] }
      need.quantity += quantity
      need.lines.push({ line_id: line.line_id, title: line.title, quantity })
      needs.set(part.inventory_item_id, need)
    }
  }
  return needs
}

export type Shortage = IngredientNeed & { available: number }

/** The ingredients the location cannot supply; `available` is stocked minus reserved. */
export function findShortages(needs: Map<string, IngredientNeed>, available: Map<string, number>): Shortage[] {
  const shortages: Shortage[] = []
  for (const need of needs.values()) {
    const left = available.get(need.inventory_item_id) ?? 0
    if (need.quantity > left) shortages.push({ ...need, available: left })
  }
  return shortages
}
