/**
 * Draws the menu's pictures as SVG, so the demo ships no downloaded images.
 * The drawing is derived from the recipe: the sauce sets the base colour and
 * each ingredient adds its own scattered pieces.
 */

const BASE_COLOURS = { tomato: "#c8442b", cream: "#f3e6c8", pesto: "#5f8a3a" } as const

const TOPPING_COLOURS: Record<string, string> = {
  "ING-MOZZARELLA": "#fbf5e6",
  "ING-MOZZA-BUFALA": "#ffffff",
  "ING-GORGONZOLA": "#dfe3c6",
  "ING-CHEVRE": "#f7f3ea",
  "ING-PARMESAN": "#f1dc9c",
  "ING-JAMBON": "#f0a3a0",
  "ING-LARDONS": "#b5533c",
  "ING-CHORIZO": "#a3261c",
  "ING-SALAMI-PIQUANT": "#8e1f1a",
  "ING-POULET": "#e2b77c",
  "ING-THON": "#c9a27e",
  "ING-ANCHOIS": "#6e5a4b",
  "ING-SAUMON": "#f08a5d",
  "ING-OEUF": "#f6c342",
  "ING-CHAMPIGNONS": "#d8c3a5",
  "ING-POIVRONS": "#e25b2a",
  "ING-OIGNONS": "#9b4f96",
  "ING-OLIVES": "#2b2b2b",
  "ING-CAPRES": "#6b7b3a",
  "ING-ARTICHAUTS": "#a9b46b",
  "ING-TOMATES-CERISES": "#e0302b",
  "ING-ROQUETTE": "#3f7d2c",
  "ING-BASILIC": "#2f8f3a",
  "ING-NOIX": "#8a5a2b",
  "ING-MIEL": "#e8a317",
}

export type PizzaPictureInput = {
  base: keyof typeof BASE_COLOURS
  ingredientSkus: string[]
  title: string
}

/** A deterministic generator: the same pizza always gets the same picture. */
function seededRandom(seed: string): () => number {
  let state = 0
  for (const char of seed) state = (state * 31 + char.charCodeAt(0)) >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

export function pizzaPicture({ base, ingredientSkus, title }: PizzaPictureInput): string {
  const random = seededRandom(title)
  const pieces: string[] = []
  for (const sku of ingredientSkus) {
    const colour = TOPPING_COLOURS[sku]
    if (!colour) continue
    for (let i = 0; i < 9; i++) {
      const angle = random() * Math.PI * 2
      const radius = Math.sqrt(random()) * 150
      const x = (200 + Math.cos(angle) * radius).toFixed(1)
      const y = (200 + Math.sin(angle) * radius).toFixed(1)
      const size = (8 + random() * 10).toFixed(1)
      pieces.push(`<circle cx="${x}" cy="${y}" r="${size}" fill="${colour}" stroke="rgba(0,0,0,.15)"/>`)
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(title)}">`,
    `<rect width="400" height="400" fill="#fff7ec"/>`,
    `<circle cx="200" cy="200" r="190" fill="#d9a35f"/>`,
    `<circle cx="200" cy="200" r="170" fill="${BASE_COLOURS[base]}"/>`,
    ...pieces,
    `</svg>`,
  ].join("")
}

/** Drinks and desserts: a simple glass or plate in the item's colour. */
export function itemPicture({ title, colour, kind }: { title: string; colour: string; kind: "drink" | "dessert" }): string {
  const shape =
    kind === "drink"
      ? `<rect x="140" y="90" width="120" height="230" rx="18" fill="${colour}"/><rect x="150" y="110" width="24" height="180" rx="10" fill="rgba(255,255,255,.35)"/>`
      : `<ellipse cx="200" cy="270" rx="150" ry="40" fill="#e9e4dc"/><rect x="120" y="160" width="160" height="100" rx="14" fill="${colour}"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(title)}"><rect width="400" height="400" fill="#fff7ec"/>${shape}</svg>`
}
