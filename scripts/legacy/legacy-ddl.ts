/**
 * The previous system's 16 tables, in MySQL 8 terms, listed so that each table
 * comes after the tables its foreign keys reference. Every column is NOT NULL;
 * ids are given by the data, not by AUTO_INCREMENT.
 */

export type LegacyTableName =
  | "statut_commande"
  | "type_employe"
  | "ingredient"
  | "facture"
  | "client"
  | "adresse_livraison"
  | "pizzeria"
  | "employe"
  | "compte_employe"
  | "stock"
  | "pizza"
  | "composition"
  | "recette"
  | "commande"
  | "panier"
  | "livraison"

type ForeignKey = { name: string; columns: string[]; table: LegacyTableName; references: string[] }

export type LegacyTable = {
  name: LegacyTableName
  /** Column name and SQL type, in the source's column order. */
  columns: [name: string, type: string][]
  primaryKey: string[]
  unique?: { name: string; columns: string[] }
  foreignKeys?: ForeignKey[]
}

function references(name: string, columns: string[], table: LegacyTableName, referenced: string[]): ForeignKey {
  return { name, columns, table, references: referenced }
}

export const LEGACY_TABLES: LegacyTable[] = [
  {
    name: "statut_commande",
    columns: [
      ["id", "INT"],
      ["statut", "VARCHAR(40)"],
    ],
    primaryKey: ["id"],
    unique: { name: "statut_commande_idx", columns: ["statut"] },
  },
  {
    name: "type_employe",
    columns: [
      ["id", "INT"],
      ["nom_type", "VARCHAR(50)"],
    ],
    primaryKey: ["id"],
    unique: { name: "type_employe_idx", columns: ["nom_type"] },
  },
  {
    name: "ingredient",
    columns: [
      ["id", "INT"],
      ["nom", "VARCHAR(80)"],
    ],
    primaryKey: ["id"],
    unique: { name: "ingredient_idx", columns: ["nom"] },
  },
  {
    name: "facture",
    columns: [
      ["numero", "INT"],
      ["date", "DATE"],
      ["payee", "BOOLEAN"],
      ["lien", "VARCHAR(255)"],
    ],
    primaryKey: ["numero"],
  },
  {
    name: "client",
    columns: [
      ["id", "INT"],
      ["nom", "VARCHAR(60)"],
      ["prenom", "VARCHAR(40)"],
      ["mail", "VARCHAR(80)"],
    ],
    primaryKey: ["id"],
    unique: { name: "client_idx", columns: ["nom", "prenom", "mail"] },
  },
  {
    name: "adresse_livraison",
    columns: [
      ["id", "INT"],
      ["client_id", "INT"],
      ["code_postal", "INT"],
      ["ville", "VARCHAR(50)"],
      ["rue", "VARCHAR(100)"],
      ["numero_habitation", "INT"],
    ],
    primaryKey: ["id"],
    foreignKeys: [references("client_adresse_livraison_fk", ["client_id"], "client", ["id"])],
  },
  {
    name: "pizzeria",
    columns: [
      ["id", "INT"],
      ["nom", "VARCHAR(80)"],
      ["adresse_id", "INT"],
    ],
    primaryKey: ["id"],
    foreignKeys: [references("adresse_livraison_pizzeria_fk", ["adresse_id"], "adresse_livraison", ["id"])],
  },
  {
    name: "employe",
    columns: [
      ["id", "INT"],
      ["nom", "VARCHAR(60)"],
      ["prenom", "VARCHAR(40)"],
      ["pizzeria_id", "INT"],
      ["type_employe_id", "INT"],
    ],
    primaryKey: ["id"],
    foreignKeys: [references("pizzeria_employe_fk", ["pizzeria_id"], "pizzeria", ["id"]), references("type_employe_employe_fk", ["type_employe_id"], "type_employe", ["id"])],
  },
  {
    name: "compte_employe",
    columns: [
      ["employe_id", "INT"],
      ["username", "VARCHAR(20)"],
      ["password", "VARCHAR(255)"],
    ],
    primaryKey: ["employe_id"],
    foreignKeys: [references("employe_compte_employe_fk", ["employe_id"], "employe", ["id"])],
  },
  {
    name: "stock",
    columns: [
      ["pizzeria_id", "INT"],
      ["ingredient_id", "INT"],
      ["quantite", "NUMERIC(6,3)"],
    ],
    primaryKey: ["pizzeria_id", "ingredient_id"],
    foreignKeys: [references("pizzeria_stock_fk", ["pizzeria_id"], "pizzeria", ["id"]), references("ingredient_stock_fk", ["ingredient_id"], "ingredient", ["id"])],
  },
  {
    name: "pizza",
    columns: [
      ["id", "INT"],
      ["nom", "VARCHAR(80)"],
      ["prix", "NUMERIC(4,2)"],
    ],
    primaryKey: ["id"],
    unique: { name: "pizza_idx", columns: ["nom"] },
  },
  {
    name: "composition",
    columns: [
      ["pizza_id", "INT"],
      ["ingredient_id", "INT"],
      ["quantite", "NUMERIC(4,3)"],
    ],
    primaryKey: ["pizza_id", "ingredient_id"],
    foreignKeys: [references("pizza_composition_fk", ["pizza_id"], "pizza", ["id"]), references("ingredient_composition_fk", ["ingredient_id"], "ingredient", ["id"])],
  },
  {
    name: "recette",
    columns: [
      ["id", "INT"],
      ["recette", "TEXT"],
      ["pizza_id", "INT"],
    ],
    primaryKey: ["id"],
    unique: { name: "recette_idx", columns: ["pizza_id"] },
    foreignKeys: [references("pizza_recette_fk", ["pizza_id"], "pizza", ["id"])],
  },
  {
    name: "commande",
    columns: [
      ["numero", "INT"],
      ["client_id", "INT"],
      ["adresse_livraison_id", "INT"],
      ["pizzeria_id", "INT"],
      ["responsable_id", "INT"],
      ["statut_id", "INT"],
    ],
    primaryKey: ["numero"],
    foreignKeys: [
      references("client_commande_fk", ["client_id"], "client", ["id"]),
      references("adresse_livraison_commande_fk", ["adresse_livraison_id"], "adresse_livraison", ["id"]),
      references("pizzeria_commande_fk", ["pizzeria_id"], "pizzeria", ["id"]),
      references("employe_commande_fk", ["responsable_id"], "employe", ["id"]),
      references("statut_commande_commande_fk", ["statut_id"], "statut_commande", ["id"]),
    ],
  },
  {
    name: "panier",
    columns: [
      ["type_pizza", "INT"],
      ["numero_commande", "INT"],
      ["quantite", "INT"],
      ["prix", "NUMERIC(5,2)"],
    ],
    primaryKey: ["type_pizza", "numero_commande"],
    foreignKeys: [references("pizza_panier_fk", ["type_pizza"], "pizza", ["id"]), references("commande_panier_fk", ["numero_commande"], "commande", ["numero"])],
  },
  {
    name: "livraison",
    columns: [
      ["id", "INT"],
      ["date", "DATE"],
      ["commande_numero", "INT"],
      ["facture_numero", "INT"],
      ["livreur_id", "INT"],
    ],
    primaryKey: ["id"],
    foreignKeys: [
      references("commande_livraison_fk", ["commande_numero"], "commande", ["numero"]),
      references("facture_livraison_fk", ["facture_numero"], "facture", ["numero"]),
      references("employe_livraison_fk", ["livreur_id"], "employe", ["id"]),
    ],
  },
]

/** Case- and accent-insensitive, as MySQL 8's default collation is, and known to both MySQL 8 and MariaDB. */
export const LEGACY_COLLATION = "utf8mb4_unicode_ci"

function quoted(identifiers: string[]): string {
  return identifiers.map((identifier) => `\`${identifier}\``).join(", ")
}

export function createTableStatement(table: LegacyTable): string {
  const lines = [
    ...table.columns.map(([name, type]) => `  \`${name}\` ${type} NOT NULL`),
    `  PRIMARY KEY (${quoted(table.primaryKey)})`,
    ...(table.unique ? [`  UNIQUE KEY \`${table.unique.name}\` (${quoted(table.unique.columns)})`] : []),
    ...(table.foreignKeys ?? []).map((key) => `  CONSTRAINT \`${key.name}\` FOREIGN KEY (${quoted(key.columns)}) REFERENCES \`${key.table}\` (${quoted(key.references)})`),
  ]
  return `CREATE TABLE \`${table.name}\` (\n${lines.join(",\n")}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${LEGACY_COLLATION}`
}
