import type { IngredientSpec, PizzaSpec } from "./french-data"
import type { SeededRandom } from "./seeded-random"

const BASES: Record<string, string> = {
  "Sauce tomate": "Napper de sauce tomate à la louche, en spirale, en laissant deux centimètres de bord.",
  "Crème fraîche": "Étaler la crème fraîche au dos de la cuillère, en laissant deux centimètres de bord.",
}

function joinedInFrench(items: string[]): string {
  if (items.length <= 1) return items.join("")
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`
}

/** The pizzaiolo's instructions for one pizza, a few sentences in French. */
export function recipeText(pizza: PizzaSpec, ingredients: Map<string, IngredientSpec>, random: SeededRandom): string {
  const doughGrams = random.pick([230, 250, 270])
  const diameter = random.pick([29, 30, 31])
  const minutes = random.int(7, 10)
  const degrees = random.pick([260, 270, 280, 290, 300])
  const toppings = pizza.ingredients.filter((name) => !(name in BASES)).map((name) => ingredients.get(name)?.inRecipe ?? name.toLowerCase())
  const base = pizza.ingredients.find((name) => name in BASES)
  return [
    `Étaler à la main un pâton de ${doughGrams} g en un disque de ${diameter} cm, sans rouleau, pour garder l'air dans la pâte.`,
    base ? BASES[base] : "",
    `Répartir ${joinedInFrench(toppings)}.`,
    `Enfourner ${minutes} minutes à ${degrees} °C, jusqu'à ce que le bord soit bien doré.`,
    pizza.finish,
  ]
    .filter((sentence) => sentence !== "")
    .join(" ")
}
