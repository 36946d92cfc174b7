import { malformedEmail, untidyEmail, untidyName, windows1252Mojibake } from "./dirty-values"
import {
  AREA_STREETS,
  CHAIN_CLIENT,
  FIRST_NAMES,
  INGREDIENTS,
  JOB_TITLES,
  LAST_NAMES,
  LOST_ZERO_STREETS,
  ORDER_STATUSES,
  OUT_OF_AREA_STREETS,
  PASSWORDS,
  PIZZAS,
  PIZZERIA_SITES,
} from "./french-data"
import type { JobGroup, Street } from "./french-data"
import type { LegacyTableName } from "./legacy-ddl"
import { recipeText } from "./recipe-text"
import { SeededRandom } from "./seeded-random"

/**
 * The rows of the previous system's database, built in memory from a seed:
 * realistic French data around Amiens, with every kind of dirt a real copy of
 * that database holds. The first rows of each kind are the dirty ones, so every
 * case exists from 2 pizzerias, 30 clients and 60 orders; larger sizes add more
 * at small rates.
 */

export type SqlValue = string | number | boolean

/** One row, by column name. */
export type LegacyRow = Record<string, SqlValue>

export type LegacyCaseLabel =
  | "chain"
  | "email_empty"
  | "email_malformed"
  | "email_duplicate"
  | "name_untidy"
  | "mojibake"
  | "no_address"
  | "postcode_lost_zero"
  | "no_composition"
  | "no_recette"
  | "stocked_nowhere"
  | "no_account"
  | "unmapped_title"
  | "no_lines"
  | "never_delivered"
  | "invoice_unpaid"

export type LegacyCase = {
  table: LegacyTableName
  /** The row's primary key as text, a composite key joined with "/". */
  key: string
  case: LegacyCaseLabel
  /** For email_duplicate: the key of the first client with that e-mail. */
  of?: string
}

export type LegacySizes = {
  seed: number
  pizzerias: number
  /** Customers, besides the chain's own client row. */
  clients: number
  orders: number
}

export type LegacyData = { rows: Record<LegacyTableName, LegacyRow[]>; cases: LegacyCase[] }

const PIZZA_WITHOUT_COMPOSITION = "Calzone"
const PIZZA_WITHOUT_RECETTE = "Carbonara"
/** A pizza uses it, yet no pizzeria has a stock row for it. */
const INGREDIENT_STOCKED_NOWHERE = "Câpres"
const INTERN_TITLE = "Stagiaire"

/** Deliveries run from 1 January 2019 to 30 June 2021, never later. */
const FIRST_DELIVERY_DAY = Date.UTC(2019, 0, 1)
const DELIVERY_DAYS = 912
/** Some prices went up on 1 January 2020; earlier order lines carry the old price. */
const PRICE_INCREASE_DAY = 365

/** Shares of rows made dirty (or unusual) after the first, forced ones. */
const RATES = {
  emailEmpty: 0.01,
  emailMalformed: 0.01,
  emailDuplicate: 0.015,
  nameUntidy: 0.02,
  mojibake: 0.01,
  addressLostZero: 0.005,
  addressOutOfArea: 0.01,
  employeeWithoutAccount: 0.08,
  internAtPizzeria: 0.25,
  orderWithoutLines: 0.004,
  orderNeverDelivered: 0.025,
  invoiceUnpaid: 0.03,
  /** Delivered, but the status was never moved on to Terminée. */
  statusLeftInDelivery: 0.02,
  orderAtAnotherPizzeria: 0.1,
}

type Person = { prenom: string; nom: string }

type ClientPlan = {
  person?: Person
  email: "clean" | "empty" | "malformed" | "duplicate" | "duplicate_untidy"
  name: "clean" | "untidy" | "mojibake"
  addresses: ("area" | "lost_zero" | "out_of_area")[]
}

/** The first customers, each dirty in one way (or clean and needed by one that is). */
const FIRST_CLIENTS: ClientPlan[] = [
  { person: { prenom: "Marie", nom: "Durand" }, email: "clean", name: "clean", addresses: ["area"] },
  { person: { prenom: "Paul", nom: "Durand" }, email: "duplicate_untidy", name: "clean", addresses: ["area"] },
  { email: "empty", name: "clean", addresses: ["area"] },
  { email: "malformed", name: "clean", addresses: ["area"] },
  { email: "malformed", name: "clean", addresses: ["area"] },
  { email: "malformed", name: "clean", addresses: ["area"] },
  { person: { prenom: "Jean", nom: "Dupont" }, email: "clean", name: "untidy", addresses: ["area"] },
  { person: { prenom: "Léa", nom: "Hervé" }, email: "clean", name: "mojibake", addresses: ["area"] },
  { person: { prenom: "Hélène", nom: "Cœur" }, email: "clean", name: "mojibake", addresses: ["area"] },
  { email: "clean", name: "clean", addresses: [] },
  { email: "duplicate", name: "clean", addresses: ["area"] },
  { email: "clean", name: "clean", addresses: ["area", "lost_zero"] },
  { email: "clean", name: "clean", addresses: ["area", "lost_zero"] },
  { email: "clean", name: "clean", addresses: ["area", "lost_zero"] },
]

type StatusName = (typeof ORDER_STATUSES)[number]

type OrderPlan = { lines: boolean; delivered: boolean; paid: boolean; statut: StatusName }

/** The first orders, each dirty in one way. */
const FIRST_ORDERS: OrderPlan[] = [
  { lines: false, delivered: true, paid: true, statut: "Terminée" },
  { lines: true, delivered: false, paid: false, statut: "En attente" },
  { lines: true, delivered: false, paid: false, statut: "En préparation" },
  { lines: true, delivered: true, paid: false, statut: "Terminée" },
]

type Customer = { id: number; addressIds: number[]; homePizzeriaId: number }

type Staff = { orderTakers: number[]; drivers: number[] }

const ORDER_TAKER_GROUPS: JobGroup[] = ["manager", "cashier"]

/** Letters only, without accents, lower case: "Cœur" gives "coeur", "Le Gall" gives "le-gall". */
function asciiSlug(text: string): string {
  return text
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "Oe")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/\s+/g, "-")
}

/**
 * Text as a case- and accent-insensitive collation that ignores trailing spaces
 * compares it: the client (nom, prenom, mail) key must be unique under any of them.
 */
function collationKey(text: string): string {
  return text
    .replace(/œ/gi, "oe")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trimEnd()
}

function hasAccent(text: string): boolean {
  return /[^\x20-\x7e]/.test(text)
}

function cents(amount: number): string {
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, "0")}`
}

function thousandths(amount: number): string {
  return `${Math.floor(amount / 1000)}.${String(amount % 1000).padStart(3, "0")}`
}

function deliveryDate(day: number): string {
  return new Date(FIRST_DELIVERY_DAY + day * 86_400_000).toISOString().slice(0, 10)
}

function emptyRows(): Record<LegacyTableName, LegacyRow[]> {
  return {
    statut_commande: [],
    type_employe: [],
    ingredient: [],
    facture: [],
    client: [],
    adresse_livraison: [],
    pizzeria: [],
    employe: [],
    compte_employe: [],
    stock: [],
    pizza: [],
    composition: [],
    recette: [],
    commande: [],
    panier: [],
    livraison: [],
  }
}

class LegacyDataBuilder {
  readonly rows = emptyRows()
  readonly cases: LegacyCase[] = []
  private readonly ingredientIds = new Map<string, number>()
  private readonly titleIds = new Map<string, number>()
  private readonly pizzeriaStaff = new Map<number, Staff>()
  private readonly customers: Customer[] = []
  /** Forced dirty clients who have an address: the first orders are theirs, so dirty clients do order. */
  private readonly firstOrderers: Customer[] = []
  /** Clients whose e-mail is their own and well formed: the ones a duplicate copies. */
  private readonly mailOwners: { id: number; mail: string }[] = []
  private readonly mailCounts = new Map<string, number>()
  private readonly clientKeys = new Set<string>()
  private readonly usernames = new Set<string>()
  private nextAddressId = 1
  private untidyNames = 0
  private malformedEmails = 0
  private lostZeroAddresses = 0

  constructor(private readonly sizes: LegacySizes) {}

  private randomFor(part: string): SeededRandom {
    return SeededRandom.forPart(this.sizes.seed, part)
  }

  private note(table: LegacyTableName, key: number | string, label: LegacyCaseLabel, of?: number): void {
    this.cases.push(of === undefined ? { table, key: String(key), case: label } : { table, key: String(key), case: label, of: String(of) })
  }

  addStatusesAndTitles(): void {
    ORDER_STATUSES.forEach((statut, index) => this.rows.statut_commande.push({ id: index + 1, statut }))
    JOB_TITLES.forEach(({ nom_type }, index) => {
      this.rows.type_employe.push({ id: index + 1, nom_type })
      this.titleIds.set(nom_type, index + 1)
    })
  }

  addCatalogue(): void {
    const random = this.randomFor("catalogue")
    const ingredientSpecs = new Map(INGREDIENTS.map((ingredient) => [ingredient.nom, ingredient]))
    INGREDIENTS.forEach(({ nom }, index) => {
      this.rows.ingredient.push({ id: index + 1, nom })
      this.ingredientIds.set(nom, index + 1)
      if (nom === INGREDIENT_STOCKED_NOWHERE) this.note("ingredient", index + 1, "stocked_nowhere")
    })
    PIZZAS.forEach((pizza, index) => {
      const pizzaId = index + 1
      this.rows.pizza.push({ id: pizzaId, nom: pizza.nom, prix: cents(pizza.priceCents) })
      if (pizza.nom === PIZZA_WITHOUT_COMPOSITION) {
        this.note("pizza", pizzaId, "no_composition")
      } else {
        for (const name of pizza.ingredients) {
          const ingredientId = this.ingredientId(name)
          const usual = INGREDIENTS[ingredientId - 1].grams
          const grams = Math.min(200, Math.max(10, Math.round(usual * (0.85 + 0.3 * random.next()))))
          this.rows.composition.push({ pizza_id: pizzaId, ingredient_id: ingredientId, quantite: thousandths(grams) })
        }
      }
      if (pizza.nom === PIZZA_WITHOUT_RECETTE) {
        this.note("pizza", pizzaId, "no_recette")
      } else {
        this.rows.recette.push({ id: this.rows.recette.length + 1, recette: recipeText(pizza, ingredientSpecs, random), pizza_id: pizzaId })
      }
    })
  }

  private titleId(nomType: string): number {
    const id = this.titleIds.get(nomType)
    if (id === undefined) throw new Error(`Job title "${nomType}" is not in the type_employe list`)
    return id
  }

  private ingredientId(name: string): number {
    const id = this.ingredientIds.get(name)
    if (id === undefined) throw new Error(`Pizza ingredient "${name}" is not in the ingredient list`)
    return id
  }

  /** The chain's client row, each pizzeria at one of its addresses, their staff and their stock. */
  addPizzerias(): void {
    const random = this.randomFor("pizzerias")
    this.rows.client.push({ id: 1, ...CHAIN_CLIENT })
    this.clientKeys.add([CHAIN_CLIENT.nom, CHAIN_CLIENT.prenom, CHAIN_CLIENT.mail].map(collationKey).join("|"))
    this.note("client", 1, "chain")
    for (let index = 0; index < this.sizes.pizzerias; index++) {
      const site = PIZZERIA_SITES[index % PIZZERIA_SITES.length]
      const round = Math.floor(index / PIZZERIA_SITES.length)
      const adresseId = this.addAddress(1, { ...site, numero_habitation: site.numero_habitation + 2 * round })
      const pizzeriaId = index + 1
      this.rows.pizzeria.push({ id: pizzeriaId, nom: round === 0 ? site.nom : `${site.nom} ${round + 1}`, adresse_id: adresseId })
      this.addStaff(pizzeriaId, random)
      for (const [nom, ingredientId] of this.ingredientIds) {
        if (nom === INGREDIENT_STOCKED_NOWHERE) continue
        const draw = random.next()
        this.rows.stock.push({ pizzeria_id: pizzeriaId, ingredient_id: ingredientId, quantite: thousandths(Math.floor(999_999 * draw * draw)) })
      }
    }
  }

  private addStaff(pizzeriaId: number, random: SeededRandom): void {
    const titles = ["Gérant"]
    if (random.chance(0.5)) titles.push("Responsable")
    titles.push("Pizzaiolo chef")
    for (let count = random.int(1, 2); count > 0; count--) titles.push("Pizzaïolo")
    const cashierTitle = random.chance(0.6) ? "Caissier" : "Hôtesse d'accueil"
    titles.push(cashierTitle)
    if (random.chance(0.3)) titles.push(cashierTitle === "Caissier" ? "Hôtesse d'accueil" : "Caissier")
    for (let count = random.int(2, 4); count > 0; count--) titles.push("Livreur")
    if (pizzeriaId === 1 || random.chance(RATES.internAtPizzeria)) titles.push(INTERN_TITLE)

    const staff: Staff = { orderTakers: [], drivers: [] }
    const firstEmployeeId = this.rows.employe.length + 1
    // the first pizzeria's last driver never got an account
    const forcedWithoutAccount = pizzeriaId === 1 ? firstEmployeeId + titles.lastIndexOf("Livreur") : 0
    titles.forEach((nom_type, index) => {
      const employeId = firstEmployeeId + index
      const person = this.randomPerson(random)
      this.rows.employe.push({ id: employeId, nom: person.nom, prenom: person.prenom, pizzeria_id: pizzeriaId, type_employe_id: this.titleId(nom_type) })
      const group = JOB_TITLES.find((title) => title.nom_type === nom_type)?.group
      if (group === "driver") staff.drivers.push(employeId)
      if (group && ORDER_TAKER_GROUPS.includes(group)) staff.orderTakers.push(employeId)
      if (nom_type === INTERN_TITLE) this.note("employe", employeId, "unmapped_title")
      if (employeId === forcedWithoutAccount || (pizzeriaId !== 1 && random.chance(RATES.employeeWithoutAccount))) {
        this.note("employe", employeId, "no_account")
      } else {
        this.rows.compte_employe.push({ employe_id: employeId, username: this.username(person), password: random.pick(PASSWORDS) })
      }
    })
    this.pizzeriaStaff.set(pizzeriaId, staff)
  }

  /** "jdupont", then "jdupont2" for the next Jean Dupont; never more than 20 characters. */
  private username(person: Person): string {
    const base = (asciiSlug(person.prenom).slice(0, 1) + asciiSlug(person.nom).replace(/[^a-z0-9]/g, "")).slice(0, 17)
    let candidate = base
    for (let suffix = 2; this.usernames.has(candidate); suffix++) candidate = `${base}${suffix}`
    this.usernames.add(candidate)
    return candidate
  }

  private randomPerson(random: SeededRandom): Person {
    return { prenom: random.pick(FIRST_NAMES), nom: random.pick(LAST_NAMES) }
  }

  private addAddress(clientId: number, street: Street & { numero_habitation: number }): number {
    const id = this.nextAddressId++
    this.rows.adresse_livraison.push({
      id,
      client_id: clientId,
      code_postal: street.code_postal,
      ville: street.ville,
      rue: street.rue,
      numero_habitation: street.numero_habitation,
    })
    return id
  }

  private houseNumber(random: SeededRandom): number {
    const draw = random.next()
    if (draw < 0.7) return random.int(1, 40)
    if (draw < 0.95) return random.int(41, 120)
    return random.int(121, 250)
  }

  addClients(): void {
    const random = this.randomFor("clients")
    const accentedFirstNames = FIRST_NAMES.filter(hasAccent)
    for (let index = 0; index < this.sizes.clients; index++) {
      const forced = index < FIRST_CLIENTS.length
      const plan = forced ? FIRST_CLIENTS[index] : this.randomClientPlan(random)
      const id = this.rows.client.length + 1
      let person = plan.person ?? this.randomPerson(random)
      if (plan.name === "mojibake" && !plan.person) person = { prenom: random.pick(accentedFirstNames), nom: person.nom }
      let row = this.clientRow(id, person, plan, random)
      // two clients may share a name; they must not share (nom, prenom, mail) as well
      while (this.clientKeys.has(this.clientKey(row))) {
        person = { prenom: plan.name === "mojibake" ? random.pick(accentedFirstNames) : random.pick(FIRST_NAMES), nom: random.pick(LAST_NAMES) }
        row = this.clientRow(id, person, plan, random)
      }
      this.clientKeys.add(this.clientKey(row))
      this.rows.client.push(row.values)
      if (plan.email === "empty") this.note("client", id, "email_empty")
      if (plan.email === "malformed") this.note("client", id, "email_malformed")
      if (row.duplicateOf !== undefined) this.note("client", id, "email_duplicate", row.duplicateOf)
      if (row.ownMail) this.mailOwners.push({ id, mail: row.ownMail })
      if (plan.name === "untidy") this.note("client", id, "name_untidy")
      if (plan.name === "mojibake") this.note("client", id, "mojibake")

      const addressIds = plan.addresses.map((kind) => this.addClientAddress(id, kind, random))
      if (addressIds.length === 0) {
        this.note("client", id, "no_address")
        continue
      }
      const customer = { id, addressIds, homePizzeriaId: random.int(1, this.sizes.pizzerias) }
      this.customers.push(customer)
      if (forced && (plan.email !== "clean" || plan.name !== "clean")) this.firstOrderers.push(customer)
    }
  }

  private randomClientPlan(random: SeededRandom): ClientPlan {
    const count = random.weighted([0, 1, 2, 3], (addresses) => [6, 72, 17, 5][addresses])
    return {
      email: this.randomEmailPlan(random),
      name: this.randomNamePlan(random),
      addresses: Array.from({ length: count }, () => this.randomAddressPlan(random)),
    }
  }

  private randomEmailPlan(random: SeededRandom): ClientPlan["email"] {
    const draw = random.next()
    if (draw < RATES.emailEmpty) return "empty"
    if (draw < RATES.emailEmpty + RATES.emailMalformed) return "malformed"
    if (draw < RATES.emailEmpty + RATES.emailMalformed + RATES.emailDuplicate) return random.chance(0.5) ? "duplicate" : "duplicate_untidy"
    return "clean"
  }

  private randomNamePlan(random: SeededRandom): ClientPlan["name"] {
    const draw = random.next()
    if (draw < RATES.nameUntidy) return "untidy"
    if (draw < RATES.nameUntidy + RATES.mojibake) return "mojibake"
    return "clean"
  }

  private randomAddressPlan(random: SeededRandom): ClientPlan["addresses"][number] {
    const draw = random.next()
    if (draw < RATES.addressLostZero) return "lost_zero"
    if (draw < RATES.addressLostZero + RATES.addressOutOfArea) return "out_of_area"
    return "area"
  }

  private clientKey(row: { values: LegacyRow }): string {
    return [row.values.nom, row.values.prenom, row.values.mail].map((value) => collationKey(String(value))).join("|")
  }

  private clientRow(id: number, person: Person, plan: ClientPlan, random: SeededRandom): { values: LegacyRow; ownMail?: string; duplicateOf?: number } {
    let nom = person.nom
    let prenom = person.prenom
    if (plan.name === "untidy") {
      nom = untidyName(person.nom, 2 * this.untidyNames)
      prenom = untidyName(person.prenom, 2 * this.untidyNames + 1)
      this.untidyNames++
    }
    if (plan.name === "mojibake") {
      nom = windows1252Mojibake(person.nom)
      prenom = windows1252Mojibake(person.prenom)
    }
    if (plan.email === "empty") return { values: { id, nom, prenom, mail: "" } }
    if ((plan.email === "duplicate" || plan.email === "duplicate_untidy") && this.mailOwners.length > 0) {
      const source = random.pick(this.mailOwners)
      const mail = plan.email === "duplicate" ? source.mail : untidyEmail(source.mail)
      return { values: { id, nom, prenom, mail }, duplicateOf: source.id }
    }
    // a second Marie Durand is marie.durand2: clients share an address only where a duplicate is meant
    const base = `${asciiSlug(person.prenom)}.${asciiSlug(person.nom)}`
    const seen = this.mailCounts.get(base) ?? 0
    this.mailCounts.set(base, seen + 1)
    const localPart = seen === 0 ? base : `${base}${seen + 1}`
    if (plan.email === "malformed") return { values: { id, nom, prenom, mail: malformedEmail(localPart, this.malformedEmails++) } }
    const mail = `${localPart}@example.fr`
    return { values: { id, nom, prenom, mail }, ownMail: mail }
  }

  private addClientAddress(clientId: number, kind: ClientPlan["addresses"][number], random: SeededRandom): number {
    const numero_habitation = this.houseNumber(random)
    if (kind === "lost_zero") {
      // the first ones go through the list in order, so 2100, 1000 and 8000 all appear
      const street = this.lostZeroAddresses < LOST_ZERO_STREETS.length ? LOST_ZERO_STREETS[this.lostZeroAddresses] : random.pick(LOST_ZERO_STREETS)
      this.lostZeroAddresses++
      const id = this.addAddress(clientId, { ...street, numero_habitation })
      this.note("adresse_livraison", id, "postcode_lost_zero")
      return id
    }
    return this.addAddress(clientId, { ...random.pick(kind === "out_of_area" ? OUT_OF_AREA_STREETS : AREA_STREETS), numero_habitation })
  }

  addOrders(): void {
    const random = this.randomFor("orders")
    if (this.sizes.orders > 0 && this.customers.length === 0) throw new Error("Orders need at least one client with an address")
    const pizzas = PIZZAS.map((pizza, index) => ({ ...pizza, id: index + 1 }))
    for (let index = 0; index < this.sizes.orders; index++) {
      const numero = index + 1
      const plan = index < FIRST_ORDERS.length ? FIRST_ORDERS[index] : this.randomOrderPlan(random)
      const customer = index < this.firstOrderers.length ? this.firstOrderers[index] : random.pick(this.customers)
      const pizzeriaId = this.sizes.pizzerias > 1 && random.chance(RATES.orderAtAnotherPizzeria) ? random.int(1, this.sizes.pizzerias) : customer.homePizzeriaId
      const staff = this.pizzeriaStaff.get(pizzeriaId)
      if (!staff) throw new Error(`Pizzeria ${pizzeriaId} has no staff`)
      // order numbers follow time: the n-th order of N falls about n/N of the way through the period
      const day = Math.min(DELIVERY_DAYS - 1, Math.floor(((index + random.next()) * DELIVERY_DAYS) / this.sizes.orders))
      this.rows.commande.push({
        numero,
        client_id: customer.id,
        adresse_livraison_id: random.chance(0.8) ? customer.addressIds[0] : random.pick(customer.addressIds),
        pizzeria_id: pizzeriaId,
        responsable_id: random.pick(staff.orderTakers),
        statut_id: ORDER_STATUSES.indexOf(plan.statut) + 1,
      })

      if (plan.lines) {
        const lineCount = random.weighted([1, 2, 3, 4], (count) => [45, 30, 17, 8][count - 1])
        for (const pizza of random.weightedDistinct(pizzas, lineCount, (candidate) => candidate.popularity)) {
          const quantite = random.weighted([1, 2, 3], (count) => [75, 20, 5][count - 1])
          const unitPrice = day < PRICE_INCREASE_DAY ? pizza.priceBefore2020Cents : pizza.priceCents
          this.rows.panier.push({ type_pizza: pizza.id, numero_commande: numero, quantite, prix: cents(unitPrice * quantite) })
        }
      } else {
        this.note("commande", numero, "no_lines")
      }

      if (!plan.delivered) {
        this.note("commande", numero, "never_delivered")
        continue
      }
      const date = deliveryDate(day)
      const factureNumero = this.rows.facture.length + 1
      this.rows.facture.push({ numero: factureNumero, date, payee: plan.paid, lien: `https://factures.oc-pizza.fr/F${factureNumero}.pdf` })
      this.rows.livraison.push({
        id: this.rows.livraison.length + 1,
        date,
        commande_numero: numero,
        facture_numero: factureNumero,
        livreur_id: random.pick(staff.drivers),
      })
      if (!plan.paid) this.note("commande", numero, "invoice_unpaid")
    }
  }

  private randomOrderPlan(random: SeededRandom): OrderPlan {
    const lines = !random.chance(RATES.orderWithoutLines)
    if (random.chance(RATES.orderNeverDelivered)) {
      return { lines, delivered: false, paid: false, statut: random.chance(0.6) ? "En attente" : "En préparation" }
    }
    const statut = random.chance(RATES.statusLeftInDelivery) ? "En cours de livraison" : "Terminée"
    return { lines, delivered: true, paid: !random.chance(RATES.invoiceUnpaid), statut }
  }
}

/** Every row of the 16 tables, and the list of the dirty cases among them. The same sizes and seed give the same rows. */
export function buildLegacyRows(sizes: LegacySizes): LegacyData {
  const builder = new LegacyDataBuilder(sizes)
  builder.addStatusesAndTitles()
  builder.addCatalogue()
  builder.addPizzerias()
  builder.addClients()
  builder.addOrders()
  return { rows: builder.rows, cases: builder.cases }
}
