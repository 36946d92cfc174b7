/** The admin's language (its own setting, else the browser's): French first, English second. */
export function adminLocale(): "fr" | "en" {
  const chosen = (typeof localStorage !== "undefined" && localStorage.getItem("lng")) || navigator.language || "fr"
  return chosen.toLowerCase().startsWith("en") ? "en" : "fr"
}

const messages = {
  fr: {
    title: "Stock des ingrédients",
    pizzeria: "Pizzeria",
    ingredient: "Ingrédient",
    stocked: "En stock",
    reserved: "Réservé",
    available: "Disponible",
    threshold: "Seuil",
    low: "Stock bas",
    record: "Enregistrer un mouvement",
    type: "Type",
    quantity: "Quantité",
    note: "Note",
    save: "Enregistrer",
    receipt: "Réception",
    waste: "Perte",
    count: "Inventaire (niveau compté)",
    adjustment: "Correction (+/-)",
    makeable: "Pizzas encore faisables",
    dish: "Plat",
    size: "Taille",
    limitedBy: "Limité par",
    history: "Historique des mouvements",
    when: "Quand",
    change: "Variation",
    after: "Après",
    saved: "Mouvement enregistré.",
    piece: "pce",
    sale: "Vente (commande préparée)",
    cancel: "Annulation (retour en stock)",
    all: "Tous",
    filterIngredient: "Filtrer par ingrédient",
    filterType: "Filtrer par type",
  },
  en: {
    title: "Ingredient stock",
    pizzeria: "Pizzeria",
    ingredient: "Ingredient",
    stocked: "Stocked",
    reserved: "Reserved",
    available: "Available",
    threshold: "Threshold",
    low: "Low stock",
    record: "Record a movement",
    type: "Type",
    quantity: "Quantity",
    note: "Note",
    save: "Save",
    receipt: "Receipt",
    waste: "Waste",
    count: "Count (level counted)",
    adjustment: "Adjustment (+/-)",
    makeable: "Pizzas still makeable",
    dish: "Dish",
    size: "Size",
    limitedBy: "Limited by",
    history: "Movement history",
    when: "When",
    change: "Change",
    after: "After",
    saved: "Movement recorded.",
    piece: "pc",
    sale: "Sale (order prepared)",
    cancel: "Cancellation (back in stock)",
    all: "All",
    filterIngredient: "Filter by ingredient",
    filterType: "Filter by type",
  },
}

export type StockMessages = (typeof messages)["fr"]

export function stockMessages(): StockMessages {
  return messages[adminLocale()]
}

/** A base unit as people write it: g and ml stay, pieces are abbreviated in the admin's language. */
export function unitLabel(unit: string, m: StockMessages): string {
  return unit === "piece" ? m.piece : unit
}
