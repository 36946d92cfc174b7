import { EntitySchema } from "typeorm"

/**
 * The previous system's tables (MySQL 8, French names kept) as TypeORM
 * entity schemas, read-only: the importer never writes there. Only the
 * columns the import needs are declared, so no query can select another:
 * `compte_employe.password` (clear text in that system) is not declared at all.
 */

export type LegacyStatus = { id: number; statut: string }
export const StatutCommande = new EntitySchema<LegacyStatus>({
  name: "statut_commande",
  columns: { id: { type: Number, primary: true }, statut: { type: String } },
})

export type LegacyJobTitle = { id: number; nom_type: string }
export const TypeEmploye = new EntitySchema<LegacyJobTitle>({
  name: "type_employe",
  columns: { id: { type: Number, primary: true }, nom_type: { type: String } },
})

export type LegacyIngredient = { id: number; nom: string }
export const Ingredient = new EntitySchema<LegacyIngredient>({
  name: "ingredient",
  columns: { id: { type: Number, primary: true }, nom: { type: String } },
})

export type LegacyInvoice = { numero: number; date: string | null; payee: boolean; lien: string | null }
export const Facture = new EntitySchema<LegacyInvoice>({
  name: "facture",
  columns: {
    numero: { type: Number, primary: true },
    // a DATE read as its text: a calendar day, no time zone to shift it
    date: { type: "date", nullable: true, transformer: { from: dayOf, to: (value: unknown) => value } },
    payee: { type: Boolean },
    lien: { type: String, nullable: true },
  },
})

export type LegacyClient = { id: number; nom: string | null; prenom: string | null; mail: string | null }
export const Client = new EntitySchema<LegacyClient>({
  name: "client",
  columns: { id: { type: Number, primary: true }, nom: { type: String, nullable: true }, prenom: { type: String, nullable: true }, mail: { type: String, nullable: true } },
})

export type LegacyAddress = { id: number; client_id: number; code_postal: number | null; ville: string | null; rue: string | null; numero_habitation: number | null }
export const AdresseLivraison = new EntitySchema<LegacyAddress>({
  name: "adresse_livraison",
  columns: {
    id: { type: Number, primary: true },
    client_id: { type: Number },
    code_postal: { type: Number, nullable: true },
    ville: { type: String, nullable: true },
    rue: { type: String, nullable: true },
    numero_habitation: { type: Number, nullable: true },
  },
})

export type LegacyPizzeria = { id: number; nom: string; adresse_id: number | null }
export const Pizzeria = new EntitySchema<LegacyPizzeria>({
  name: "pizzeria",
  columns: { id: { type: Number, primary: true }, nom: { type: String }, adresse_id: { type: Number, nullable: true } },
})

export type LegacyEmployee = { id: number; nom: string | null; prenom: string | null; pizzeria_id: number | null; type_employe_id: number | null }
export const Employe = new EntitySchema<LegacyEmployee>({
  name: "employe",
  columns: {
    id: { type: Number, primary: true },
    nom: { type: String, nullable: true },
    prenom: { type: String, nullable: true },
    pizzeria_id: { type: Number, nullable: true },
    type_employe_id: { type: Number, nullable: true },
  },
})

/** An employee's account: the user name only. Its password column is not declared, so never read. */
export type LegacyAccount = { employe_id: number; username: string }
export const CompteEmploye = new EntitySchema<LegacyAccount>({
  name: "compte_employe",
  columns: { employe_id: { type: Number, primary: true }, username: { type: String } },
})

export type LegacyStock = { pizzeria_id: number; ingredient_id: number; quantite: string }
export const Stock = new EntitySchema<LegacyStock>({
  name: "stock",
  columns: { pizzeria_id: { type: Number, primary: true }, ingredient_id: { type: Number, primary: true }, quantite: { type: "decimal" } },
})

export type LegacyOrder = {
  numero: number
  client_id: number | null
  adresse_livraison_id: number | null
  pizzeria_id: number | null
  responsable_id: number | null
  statut_id: number | null
}
export const Commande = new EntitySchema<LegacyOrder>({
  name: "commande",
  columns: {
    numero: { type: Number, primary: true },
    client_id: { type: Number, nullable: true },
    adresse_livraison_id: { type: Number, nullable: true },
    pizzeria_id: { type: Number, nullable: true },
    responsable_id: { type: Number, nullable: true },
    statut_id: { type: Number, nullable: true },
  },
})

export type LegacyDelivery = { id: number; date: string | null; commande_numero: number; facture_numero: number | null; livreur_id: number | null }
export const Livraison = new EntitySchema<LegacyDelivery>({
  name: "livraison",
  columns: {
    id: { type: Number, primary: true },
    date: { type: "date", nullable: true, transformer: { from: dayOf, to: (value: unknown) => value } },
    commande_numero: { type: Number },
    facture_numero: { type: Number, nullable: true },
    livreur_id: { type: Number, nullable: true },
  },
})

export type LegacyPizza = { id: number; nom: string; prix: string }
export const PizzaTable = new EntitySchema<LegacyPizza>({
  name: "pizza",
  columns: { id: { type: Number, primary: true }, nom: { type: String }, prix: { type: "decimal" } },
})

/** One line per pizza type per order; `prix` is the line's total at the time. */
export type LegacyBasketLine = { type_pizza: number; numero_commande: number; quantite: number; prix: string }
export const Panier = new EntitySchema<LegacyBasketLine>({
  name: "panier",
  columns: { type_pizza: { type: Number, primary: true }, numero_commande: { type: Number, primary: true }, quantite: { type: Number }, prix: { type: "decimal" } },
})

/** A recipe's quantity of one ingredient, in kilograms. */
export type LegacyComposition = { pizza_id: number; ingredient_id: number; quantite: string }
export const Composition = new EntitySchema<LegacyComposition>({
  name: "composition",
  columns: { pizza_id: { type: Number, primary: true }, ingredient_id: { type: Number, primary: true }, quantite: { type: "decimal" } },
})

export type LegacyRecipeText = { id: number; recette: string | null; pizza_id: number }
export const Recette = new EntitySchema<LegacyRecipeText>({
  name: "recette",
  columns: { id: { type: Number, primary: true }, recette: { type: "text", nullable: true }, pizza_id: { type: Number } },
})

export const LEGACY_ENTITIES = [
  StatutCommande,
  TypeEmploye,
  Ingredient,
  Facture,
  Client,
  AdresseLivraison,
  Pizzeria,
  Employe,
  CompteEmploye,
  Stock,
  Commande,
  Livraison,
  PizzaTable,
  Panier,
  Composition,
  Recette,
]

/** A DATE column as "YYYY-MM-DD", whether the driver gives a string or a Date at local midnight. */
function dayOf(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, "0")
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`
  }
  return String(value).slice(0, 10)
}
