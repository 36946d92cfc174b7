/**
 * The French vocabulary of the previous system's data: people's names, streets
 * around Amiens, the pizzerias, the ingredients, the pizzas and the job titles.
 */

export type Street = { rue: string; code_postal: number; ville: string }

export type PizzeriaSite = Street & { nom: string; numero_habitation: number }

export type IngredientSpec = {
  nom: string
  /** Usual weight on one pizza, in grams. */
  grams: number
  /** How the recipe text names it, with its article. */
  inRecipe: string
}

export type PizzaSpec = {
  nom: string
  priceCents: number
  /** The price before the increase of 1 January 2020 (the same when it did not change). */
  priceBefore2020Cents: number
  /** How often it is ordered, relative to the others. */
  popularity: number
  /** The ingredients, by name; the sauce or cream base first. */
  ingredients: string[]
  /** The recipe's last sentence, particular to this pizza. */
  finish: string
}

export type JobGroup = "manager" | "pizzaiolo" | "driver" | "cashier" | "other"

export type JobTitle = { nom_type: string; group: JobGroup }

/** A list written as "a, b, c" across lines, for long lists of names. */
function commaList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "")
}

export const ORDER_STATUSES = ["En attente", "En préparation", "En cours de livraison", "Terminée"] as const

/** Free job titles, as the staff typed them: two spellings for pizzaiolos, and one title no role fits. */
export const JOB_TITLES: JobTitle[] = [
  { nom_type: "Pizzaïolo", group: "pizzaiolo" },
  { nom_type: "Pizzaiolo chef", group: "pizzaiolo" },
  { nom_type: "Livreur", group: "driver" },
  { nom_type: "Responsable", group: "manager" },
  { nom_type: "Gérant", group: "manager" },
  { nom_type: "Caissier", group: "cashier" },
  { nom_type: "Hôtesse d'accueil", group: "cashier" },
  { nom_type: "Stagiaire", group: "other" },
]

export const CHAIN_CLIENT = { nom: "OC Pizza", prenom: "", mail: "contact@oc-pizza.fr" }

/** The pizzerias, in the order they opened; more are numbered after these ("OC Pizza Boves 2"). */
export const PIZZERIA_SITES: PizzeriaSite[] = [
  { nom: "OC Pizza Amiens Centre", numero_habitation: 12, rue: "Rue des Trois Cailloux", code_postal: 80000, ville: "Amiens" },
  { nom: "OC Pizza Saint-Leu", numero_habitation: 25, rue: "Quai Bélu", code_postal: 80000, ville: "Amiens" },
  { nom: "OC Pizza Longueau", numero_habitation: 18, rue: "Rue Jean Jaurès", code_postal: 80330, ville: "Longueau" },
  { nom: "OC Pizza Amiens Nord", numero_habitation: 3, rue: "Avenue de l'Europe", code_postal: 80080, ville: "Amiens" },
  { nom: "OC Pizza Saint-Acheul", numero_habitation: 77, rue: "Rue de Cagny", code_postal: 80090, ville: "Amiens" },
  { nom: "OC Pizza Salouël", numero_habitation: 5, rue: "Rue Jules Ferry", code_postal: 80480, ville: "Salouël" },
  { nom: "OC Pizza Boves", numero_habitation: 9, rue: "Rue Victor Hugo", code_postal: 80440, ville: "Boves" },
  { nom: "OC Pizza Camon", numero_habitation: 14, rue: "Rue Roger Salengro", code_postal: 80450, ville: "Camon" },
  { nom: "OC Pizza Rivery", numero_habitation: 22, rue: "Rue Paul Bert", code_postal: 80136, ville: "Rivery" },
  { nom: "OC Pizza Dreuil-lès-Amiens", numero_habitation: 30, rue: "Rue Émile Zola", code_postal: 80470, ville: "Dreuil-lès-Amiens" },
  { nom: "OC Pizza Henriville", numero_habitation: 41, rue: "Rue Jules Barni", code_postal: 80000, ville: "Amiens" },
  { nom: "OC Pizza Saleux", numero_habitation: 7, rue: "Rue Jean Jaurès", code_postal: 80480, ville: "Saleux" },
]

/** Where the clients live: Amiens and the towns around it. */
export const AREA_STREETS: Street[] = [
  { rue: "Rue des Trois Cailloux", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Delambre", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue de Noyon", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Gresset", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Ernest Cauvin", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Victor Hugo", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue de la République", code_postal: 80000, ville: "Amiens" },
  { rue: "Boulevard d'Alsace-Lorraine", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Saint-Leu", code_postal: 80000, ville: "Amiens" },
  { rue: "Quai Bélu", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Vanmarcke", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Dom Bouquet", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Jules Barni", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Lamartine", code_postal: 80000, ville: "Amiens" },
  { rue: "Boulevard Maignan-Larivière", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue des Jacobins", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Sire Firmin Leroux", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue de Beauvais", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Gloriette", code_postal: 80000, ville: "Amiens" },
  { rue: "Boulevard de Belfort", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Alexandre Dumas", code_postal: 80000, ville: "Amiens" },
  { rue: "Rue Saint-Maurice", code_postal: 80080, ville: "Amiens" },
  { rue: "Rue Roger Allou", code_postal: 80080, ville: "Amiens" },
  { rue: "Avenue de l'Europe", code_postal: 80080, ville: "Amiens" },
  { rue: "Place du Colvert", code_postal: 80080, ville: "Amiens" },
  { rue: "Rue de Verdun", code_postal: 80080, ville: "Amiens" },
  { rue: "Rue d'Abbeville", code_postal: 80080, ville: "Amiens" },
  { rue: "Chaussée Jules Ferry", code_postal: 80090, ville: "Amiens" },
  { rue: "Rue Saint-Fuscien", code_postal: 80090, ville: "Amiens" },
  { rue: "Rue de Cagny", code_postal: 80090, ville: "Amiens" },
  { rue: "Boulevard de Saint-Quentin", code_postal: 80090, ville: "Amiens" },
  { rue: "Avenue Paul Claudel", code_postal: 80090, ville: "Amiens" },
  { rue: "Rue Jean Jaurès", code_postal: 80330, ville: "Longueau" },
  { rue: "Avenue Roger Salengro", code_postal: 80330, ville: "Longueau" },
  { rue: "Rue Anatole France", code_postal: 80330, ville: "Longueau" },
  { rue: "Rue de Paris", code_postal: 80330, ville: "Cagny" },
  { rue: "Rue Jules Ferry", code_postal: 80480, ville: "Salouël" },
  { rue: "Rue du 8 Mai 1945", code_postal: 80480, ville: "Salouël" },
  { rue: "Rue Jean Jaurès", code_postal: 80480, ville: "Saleux" },
  { rue: "Rue Victor Hugo", code_postal: 80440, ville: "Boves" },
  { rue: "Rue de Sains", code_postal: 80440, ville: "Boves" },
  { rue: "Rue de la Gare", code_postal: 80440, ville: "Glisy" },
  { rue: "Rue Roger Salengro", code_postal: 80450, ville: "Camon" },
  { rue: "Rue Charles de Gaulle", code_postal: 80450, ville: "Camon" },
  { rue: "Rue Paul Bert", code_postal: 80136, ville: "Rivery" },
  { rue: "Rue Émile Zola", code_postal: 80470, ville: "Dreuil-lès-Amiens" },
  { rue: "Rue Pasteur", code_postal: 80470, ville: "Ailly-sur-Somme" },
]

/** Clients' addresses elsewhere in France (a parent's home, a workplace), postcodes without a leading zero. */
export const OUT_OF_AREA_STREETS: Street[] = [
  { rue: "Rue de la Madeleine", code_postal: 60000, ville: "Beauvais" },
  { rue: "Rue Oberkampf", code_postal: 75011, ville: "Paris" },
  { rue: "Rue Solférino", code_postal: 59000, ville: "Lille" },
  { rue: "Chaussée du Bois", code_postal: 80100, ville: "Abbeville" },
]

/**
 * Clients' addresses in départements whose postcodes start with 0: stored as
 * integers, they lost that zero (2100 is 02100 Saint-Quentin).
 */
export const LOST_ZERO_STREETS: Street[] = [
  { rue: "Rue d'Isle", code_postal: 2100, ville: "Saint-Quentin" },
  { rue: "Avenue Alsace-Lorraine", code_postal: 1000, ville: "Bourg-en-Bresse" },
  { rue: "Place Ducale", code_postal: 8000, ville: "Charleville-Mézières" },
  { rue: "Rue Sérurier", code_postal: 2000, ville: "Laon" },
  { rue: "Rue Saint-Martin", code_postal: 2200, ville: "Soissons" },
]

export const FIRST_NAMES: string[] = commaList(`
Marie, Jean, Pierre, Sophie, Nicolas, Julie, Thomas, Camille, Lucas, Léa, Hugo, Manon, Louis, Chloé, Antoine,
Emma, Maxime, Sarah, Alexandre, Laura, Julien, Pauline, Romain, Marine, Mathieu, Céline, Guillaume, Élodie,
Kevin, Aurélie, Quentin, Mélanie, Benjamin, Anaïs, Florian, Clémence, Baptiste, Océane, Théo, Zoé, Nathan,
Inès, Clément, Margaux, Vincent, Justine, François, Hélène, Jérôme, Valérie, Stéphane, Sandrine, Frédéric,
Isabelle, Philippe, Nathalie, Éric, Catherine, Laurent, Christine, Olivier, Sylvie, Christophe, Véronique,
Sébastien, Audrey, Cédric, Émilie, Jean-Pierre, Marie-Claire, Loïc, Maëlle, Gaëtan, Noémie, Jérémy, Mégane,
Raphaël, Agathe, Paul, Alice, Arthur, Louise, Gabriel, Jade, Adam, Lina, Yanis, Sofia, Mohamed, Fatima,
Karim, Amina, Mehdi, Yasmine, Dylan, Coralie, Bruno, Brigitte, Michel, Monique
`)

export const LAST_NAMES: string[] = commaList(`
Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre,
Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont,
Lambert, Bonnet, François, Martinez, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Muller, Henry,
Roussel, Nicolas, Perrin, Morin, Mathieu, Clément, Gauthier, Dumont, Lopez, Fontaine, Chevalier, Robin,
Masson, Sanchez, Gérard, Nguyen, Boyer, Denis, Lemaire, Duval, Joly, Gautier, Roger, Roche, Roy, Noël, Meyer,
Lucas, Meunier, Pérez, Marchand, Dufour, Blanchard, Barbier, Brun, Dumas, Brunet, Schmitt, Leroux, Colin,
Fernandez, Renard, Arnaud, Rolland, Caron, Aubert, Giraud, Leclerc, Vidal, Bourgeois, Renaud, Lemoine,
Picard, Gaillard, Leclercq, Lacroix, Fabre, Dupuis, Hubert, Da Silva, Rivière, Le Gall, Carpentier, Lecomte,
Lefort, Lecointe, Delattre, Dewailly, Vasseur, Delamotte, Bocquet, Lemaître, Hervé, Bénard, Ménard, Crémieux,
Béranger, Desprès, N'Diaye, Cœur, Devaux, Lenglet
`)

/** Passwords as the staff chose them; the previous system kept them in clear text. */
export const PASSWORDS: string[] = commaList(`
azerty123, pizza2019, motdepasse, amiens80, soleil2020, 123456, ocpizza, marguerite, Picardie80!, qwerty,
bonjour1, reine2018, chevremiel, password, loulou, calzone80
`)

export const INGREDIENTS: IngredientSpec[] = [
  { nom: "Sauce tomate", grams: 100, inRecipe: "la sauce tomate" },
  { nom: "Mozzarella", grams: 130, inRecipe: "la mozzarella" },
  { nom: "Jambon", grams: 70, inRecipe: "le jambon" },
  { nom: "Champignons de Paris", grams: 60, inRecipe: "les champignons de Paris émincés" },
  { nom: "Olives noires", grams: 30, inRecipe: "les olives noires" },
  { nom: "Chorizo", grams: 60, inRecipe: "les tranches de chorizo" },
  { nom: "Chèvre", grams: 80, inRecipe: "les rondelles de chèvre" },
  { nom: "Miel", grams: 20, inRecipe: "un filet de miel" },
  { nom: "Basilic", grams: 10, inRecipe: "le basilic" },
  { nom: "Origan", grams: 10, inRecipe: "l'origan" },
  { nom: "Anchois", grams: 30, inRecipe: "les filets d'anchois" },
  { nom: "Câpres", grams: 15, inRecipe: "les câpres" },
  { nom: "Poivrons", grams: 50, inRecipe: "les lamelles de poivron" },
  { nom: "Oignons rouges", grams: 40, inRecipe: "les oignons rouges émincés" },
  { nom: "Lardons", grams: 70, inRecipe: "les lardons" },
  { nom: "Crème fraîche", grams: 90, inRecipe: "la crème fraîche" },
  { nom: "Emmental", grams: 50, inRecipe: "l'emmental râpé" },
  { nom: "Gorgonzola", grams: 50, inRecipe: "le gorgonzola" },
  { nom: "Roquette", grams: 20, inRecipe: "la roquette" },
  { nom: "Jambon cru", grams: 60, inRecipe: "le jambon cru" },
  { nom: "Merguez", grams: 90, inRecipe: "les rondelles de merguez" },
  { nom: "Reblochon", grams: 120, inRecipe: "le reblochon coupé en deux dans l'épaisseur" },
  { nom: "Pommes de terre", grams: 150, inRecipe: "les pommes de terre cuites en rondelles" },
  { nom: "Œuf", grams: 60, inRecipe: "l'œuf cassé au centre" },
]

export const PIZZAS: PizzaSpec[] = [
  {
    nom: "Margherita",
    priceCents: 850,
    priceBefore2020Cents: 800,
    popularity: 10,
    ingredients: ["Sauce tomate", "Mozzarella", "Basilic", "Origan"],
    finish: "Ajouter quelques feuilles de basilic frais à la sortie du four.",
  },
  {
    nom: "Reine",
    priceCents: 1050,
    priceBefore2020Cents: 1000,
    popularity: 9,
    ingredients: ["Sauce tomate", "Mozzarella", "Jambon", "Champignons de Paris"],
    finish: "Servir aussitôt, coupée en six parts.",
  },
  {
    nom: "4 Fromages",
    priceCents: 1290,
    priceBefore2020Cents: 1240,
    popularity: 7,
    ingredients: ["Sauce tomate", "Mozzarella", "Chèvre", "Gorgonzola", "Emmental"],
    finish: "Surveiller la cuisson : les fromages doivent fondre sans brûler.",
  },
  {
    nom: "Calzone",
    priceCents: 1190,
    priceBefore2020Cents: 1190,
    popularity: 5,
    ingredients: ["Sauce tomate", "Mozzarella", "Jambon", "Champignons de Paris", "Œuf"],
    finish: "Replier la pâte en chausson, souder les bords en les pinçant et badigeonner d'huile d'olive.",
  },
  {
    nom: "Chèvre-Miel",
    priceCents: 1250,
    priceBefore2020Cents: 1200,
    popularity: 6,
    ingredients: ["Crème fraîche", "Mozzarella", "Chèvre", "Miel", "Roquette"],
    finish: "Déposer la roquette après la cuisson, jamais avant.",
  },
  {
    nom: "Napolitaine",
    priceCents: 990,
    priceBefore2020Cents: 990,
    popularity: 4,
    ingredients: ["Sauce tomate", "Mozzarella", "Anchois", "Câpres", "Olives noires", "Origan"],
    finish: "Ne pas saler : les anchois et les câpres le sont assez.",
  },
  {
    nom: "Orientale",
    priceCents: 1290,
    priceBefore2020Cents: 1290,
    popularity: 5,
    ingredients: ["Sauce tomate", "Mozzarella", "Merguez", "Poivrons", "Oignons rouges"],
    finish: "Précuire les merguez à la plancha avant de les couper.",
  },
  {
    nom: "Savoyarde",
    priceCents: 1490,
    priceBefore2020Cents: 1440,
    popularity: 6,
    ingredients: ["Crème fraîche", "Mozzarella", "Pommes de terre", "Lardons", "Oignons rouges", "Reblochon"],
    finish: "Poser le reblochon croûte vers le haut, en dernier.",
  },
  {
    nom: "Végétarienne",
    priceCents: 1150,
    priceBefore2020Cents: 1150,
    popularity: 5,
    ingredients: ["Sauce tomate", "Mozzarella", "Poivrons", "Champignons de Paris", "Oignons rouges", "Olives noires"],
    finish: "Bien égoutter les légumes pour que la pâte reste croustillante.",
  },
  {
    nom: "Diavola",
    priceCents: 1250,
    priceBefore2020Cents: 1250,
    popularity: 4,
    ingredients: ["Sauce tomate", "Mozzarella", "Chorizo", "Poivrons", "Oignons rouges"],
    finish: "Proposer l'huile pimentée au client à la livraison.",
  },
  {
    nom: "Royale",
    priceCents: 1350,
    priceBefore2020Cents: 1300,
    popularity: 5,
    ingredients: ["Sauce tomate", "Mozzarella", "Jambon", "Champignons de Paris", "Emmental", "Œuf"],
    finish: "Sortir la pizza quand le blanc de l'œuf est pris et le jaune encore coulant.",
  },
  {
    nom: "Carbonara",
    priceCents: 1390,
    priceBefore2020Cents: 1390,
    popularity: 4,
    ingredients: ["Crème fraîche", "Mozzarella", "Lardons", "Oignons rouges", "Emmental", "Œuf"],
    finish: "Poivrer généreusement à la sortie du four.",
  },
  {
    nom: "Parma",
    priceCents: 1450,
    priceBefore2020Cents: 1450,
    popularity: 3,
    ingredients: ["Sauce tomate", "Mozzarella", "Jambon cru", "Roquette", "Olives noires"],
    finish: "Disposer le jambon cru et la roquette sur la pizza cuite, hors du four.",
  },
]
