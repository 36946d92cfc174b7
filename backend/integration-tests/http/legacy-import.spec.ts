import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { spawn } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { makeableCounts } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { createConnection, type Connection, type RowDataPacket } from "mysql2/promise"
import { generateLegacyDatabase, type LegacyManifest } from "../../../scripts/legacy/generate"
import { isValidEmail, normalizeLegacyEmail } from "../../src/legacy/clean-values"
import { parseRoleMapping } from "../../src/legacy/role-mapping"
import type { ImportReport } from "../../src/legacy/import-report"
import { holdImportLock } from "../../src/legacy/import-lock"
import { IMPORT_PARTS, runLegacyImport, type LegacyImportRun } from "../../src/legacy/run-legacy-import"
import { readDashboard } from "../../src/dashboard/read-dashboard"
import { ordersWithoutTicket } from "../../src/kitchen/orders-without-ticket"
import { settle } from "../helpers/demo-store"
import { processesInGroup } from "../helpers/second-server"
import { catchThisFilesMail } from "../helpers/smtp-catcher"

jest.setTimeout(300_000)

const STOREFRONT_URL = "https://shop.oc-pizza.test"
const smtp = catchThisFilesMail({ STOREFRONT_URL })

/** The MariaDB of this machine kind, a database of this file's own (the generator drops and recreates it). */
const LEGACY_URL = `mysql://root@127.0.0.1:3306/ocp_legacy_spec_${process.pid}`
const ROLES = {
  email_domain: "oc-pizza.fr",
  roles: {
    Pizzaïolo: "pizzaiolo",
    "Pizzaiolo chef": "pizzaiolo",
    Livreur: "driver",
    Responsable: "manager",
    Gérant: "manager",
    Caissier: "counter",
    "Hôtesse d'accueil": "counter",
  },
}
/** Where the generated pizzerias stand (no geocoder is reached from the tests). */
const POSITIONS = { "1": { lat: 49.8941, lng: 2.2958 }, "2": { lat: 49.8995, lng: 2.2889 } }

type Sql = { raw: <Row>(sql: string, bindings?: unknown[]) => Promise<{ rows: Row[] }> }
const sqlOf = (container: MedusaContainer) => container.resolve<Sql>(ContainerRegistrationKeys.PG_CONNECTION)

/** What the import has written, counted in the store's own tables: the same after a killed run and its re-run as after one whole run. */
async function importedState(container: MedusaContainer) {
  const sql = sqlOf(container)
  const one = async (query: string) => Number((await sql.raw<{ n: string }>(query)).rows[0].n)
  return {
    pizzerias: await one(`select count(*) n from stock_location where metadata->'legacy'->>'table' = 'pizzeria' and deleted_at is null`),
    ingredients: await one(`select count(*) n from inventory_item where metadata->'legacy'->>'table' = 'ingredient' and deleted_at is null`),
    pizzas: await one(`select count(*) n from product where metadata->'legacy'->>'table' = 'pizza' and deleted_at is null`),
    recipes: await one(`select count(*) n from recipe where deleted_at is null`),
    kit_lines: await one(`select count(*) n from product_variant_inventory_item where deleted_at is null`),
    counts: await one(`select count(*) n from stock_movement where actor_type = 'legacy-import' and deleted_at is null`),
    grams: await one(`select coalesce(sum(stocked_quantity), 0) n from inventory_level where deleted_at is null`),
    customers: await one(`select count(*) n from customer where metadata->'legacy'->>'table' = 'client' and deleted_at is null`),
    addresses: await one(`select count(*) n from customer_address where metadata->'legacy'->>'table' = 'adresse_livraison' and deleted_at is null`),
    sign_ins: await one(`select count(*) n from provider_identity where provider = 'emailpass' and deleted_at is null`),
    staff: await one(`select count(*) n from staff_member where deleted_at is null`),
    orders: await one(`select count(*) n from "order" where metadata->'legacy'->>'table' = 'commande' and deleted_at is null`),
    order_lines: await one(`select count(*) n from order_item where deleted_at is null`),
    payments: await one(`select count(*) n from payment_collection where deleted_at is null`),
    payment_links: await one(`select count(*) n from order_payment_collection where deleted_at is null`),
    captured: await one(`select coalesce(sum(captured_amount), 0) n from payment_collection where deleted_at is null`),
    reservations: await one(`select count(*) n from reservation_item where deleted_at is null`),
    tickets: await one(`select count(*) n from kitchen_ticket where deleted_at is null`),
  }
}

medusaIntegrationTestRunner({
  emptyStore: true,
  testSuite: ({ api, getContainer, dbConfig }) => {
    let manifest: LegacyManifest
    let legacy: Connection
    const files = mkdtempSync(join(tmpdir(), "ocp-import-"))
    const rolesFile = join(files, "roles.json")
    const positionsFile = join(files, "positions.json")
    const casesOf = (table: string, label: string) => manifest.cases.filter((row) => row.table === table && row.case === label).map((row) => row.key)
    const rows = async <T>(query: string) => (await legacy.query<(T & RowDataPacket)[]>(query))[0] as T[]

    const run = (overrides: Partial<LegacyImportRun> = {}) =>
      runLegacyImport(getContainer(), {
        from: LEGACY_URL,
        dryRun: false,
        only: [...IMPORT_PARTS],
        roles: parseRoleMapping(ROLES),
        invite: false,
        sizes: [{ title: "Taille unique", factor: 1 }],
        positions: POSITIONS,
        batchSize: 10,
        workers: 1,
        log: () => undefined,
        ...overrides,
      })

    let dry: ImportReport
    let dryState: Awaited<ReturnType<typeof importedState>>
    let atKill: number
    let finished: ImportReport

    /** The import in a process of its own on this file's database, SIGKILLed as soon as its first orders are in; the orders it had written. */
    async function killedImport(): Promise<number> {
      const sql = sqlOf(getContainer())
      const child = spawn(join(__dirname, "..", "..", "..", "node_modules", ".bin", "medusa"), ["exec", "./src/scripts/import-legacy.ts"], {
        cwd: join(__dirname, "..", ".."),
        env: {
          ...process.env,
          NODE_ENV: "development",
          DATABASE_URL: dbConfig.clientUrl,
          LOG_LEVEL: "error",
          OCP_IMPORT_ARGS: JSON.stringify([
            "--from",
            LEGACY_URL,
            "--roles",
            rolesFile,
            "--positions",
            positionsFile,
            "--batch",
            "10",
            "--workers",
            "2",
            "--report",
            join(files, "killed.json"),
          ]),
        },
        stdio: "ignore",
        detached: true,
      })
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
      const ordersIn = async () => Number((await sql.raw<{ n: string }>(`select count(*) n from "order" where metadata->'legacy'->>'table' = 'commande'`)).rows[0].n)
      const deadline = Date.now() + 180_000
      while ((await ordersIn()) === 0 && child.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
      process.kill(-child.pid!, "SIGKILL")
      await exited
      while (processesInGroup(child.pid!).length) await new Promise((resolve) => setTimeout(resolve, 50))
      return ordersIn()
    }

    // Medusa's runner gives each test the database as this leaves it: the import is done here, once
    beforeAll(async () => {
      manifest = await generateLegacyDatabase({ url: LEGACY_URL, seed: 11, pizzerias: 2, clients: 40, orders: 120 })
      legacy = await createConnection(LEGACY_URL)
      writeFileSync(rolesFile, JSON.stringify(ROLES))
      writeFileSync(positionsFile, JSON.stringify(POSITIONS))
      dry = await run({ dryRun: true })
      dryState = await importedState(getContainer())
      atKill = await killedImport()
      // the orders in two processes, as on a machine with two cores
      finished = await run({ workers: 2 })
    })
    afterAll(async () => {
      await legacy.query(`DROP DATABASE IF EXISTS \`${new URL(LEGACY_URL).pathname.slice(1)}\``)
      await legacy.end()
    })

    it("a dry run reads and checks every row, reports what it would set aside, and writes nothing", async () => {
      expect(dry.tallies.orders.read).toBe(manifest.rows.commande)
      expect(dry.tallies.orders.created).toBeGreaterThan(0)
      expect(dry.summary()).toMatch(/DRY RUN: nothing was written/)
      expect(dry.setAside.map((row) => row.reason)).toEqual(expect.arrayContaining(["email_missing", "email_invalid", "no_lines", "never_delivered", "title_unmapped"]))
      expect(Object.entries(dryState).filter(([, count]) => count !== 0)).toEqual([])
    })

    it("a run killed (SIGKILL) half-way through the orders, then run again, ends exactly as one whole run must", async () => {
      const expectedOrders = (
        await rows<{ n: number }>(
          `select count(*) n from commande c where exists (select 1 from panier p where p.numero_commande = c.numero) and exists (select 1 from livraison l where l.commande_numero = c.numero)`
        )
      )[0].n
      // killed mid-orders: some in, not all
      expect({ atKill, partial: atKill > 0 && atKill < Number(expectedOrders) }).toEqual({ atKill, partial: true })

      const state = await importedState(getContainer())

      // what one whole run writes, from the old database
      const clients = await rows<{ id: number; nom: string; mail: string | null }>(`select id, nom, mail from client`)
      const chain = clients.filter((client) => client.nom.trim().toLowerCase() === "oc pizza").map((client) => client.id)
      const valid = clients.filter((client) => !chain.includes(client.id) && isValidEmail(normalizeLegacyEmail(client.mail)))
      const validIds = new Set(valid.map((client) => client.id))
      const addresses = await rows<{ client_id: number }>(`select client_id from adresse_livraison`)
      const stock = await rows<{ grams: string }>(`select coalesce(round(sum(quantite) * 1000), 0) grams from stock`)
      const employees = await rows<{ nom_type: string }>(`select t.nom_type from employe e join type_employe t on t.id = e.type_employe_id`)
      const paid = await rows<{ amount: string }>(
        `select coalesce(sum(p.prix), 0) amount from panier p join commande c on c.numero = p.numero_commande join livraison l on l.commande_numero = c.numero join facture f on f.numero = l.facture_numero where f.payee`
      )
      const composed = await rows<{ pizza_id: number; n: number }>(`select pizza_id, count(*) n from composition where quantite > 0 group by pizza_id`)
      expect(state).toEqual({
        pizzerias: manifest.rows.pizzeria,
        ingredients: manifest.rows.ingredient,
        pizzas: manifest.rows.pizza,
        recipes: composed.length,
        // a pizza without recipe keeps the inventory item Medusa gives each new variant
        kit_lines: composed.reduce((sum, row) => sum + Number(row.n), 0) + manifest.rows.pizza - composed.length,
        counts: manifest.rows.stock,
        grams: Number(stock[0].grams),
        customers: new Set(valid.map((client) => normalizeLegacyEmail(client.mail))).size,
        addresses: addresses.filter((address) => validIds.has(address.client_id)).length,
        sign_ins: new Set(valid.map((client) => normalizeLegacyEmail(client.mail))).size,
        staff: employees.filter((employee) => employee.nom_type !== "Stagiaire").length,
        orders: Number(expectedOrders),
        order_lines: Number(
          (await rows<{ n: number }>(`select count(*) n from panier p where exists (select 1 from livraison l where l.commande_numero = p.numero_commande)`))[0].n
        ),
        payments: Number(expectedOrders),
        payment_links: Number(expectedOrders),
        captured: Number(paid[0].amount),
        // history: nothing held in stock, nothing sent to a kitchen
        reservations: 0,
        tickets: 0,
      })
      expect(finished.tallies.orders.unchanged).toBe(atKill)
      // each order's totals as the order module computed them: the old basket's, to the cent
      const { rows: totals } = await sqlOf(getContainer()).raw<{ numero: string; total: string }>(
        `select o.metadata->'legacy'->>'id' numero, s.totals->>'current_order_total' total
         from "order" o join order_summary s on s.order_id = o.id and s.deleted_at is null where o.metadata->'legacy'->>'table' = 'commande'`
      )
      const baskets = new Map(
        (await rows<{ numero: number; total: string }>(`select numero_commande numero, sum(prix) total from panier group by numero_commande`)).map((row) => [
          String(row.numero),
          Number(row.total),
        ])
      )
      expect(totals.length).toBe(Number(expectedOrders))
      expect(totals.filter((row) => Math.abs(Number(row.total) - baskets.get(row.numero)!) > 0.005)).toEqual([])
      // written by two processes, each reading its share of the old orders (number modulo 2), their parts in this report
      const shares = finished.sourceStatements.filter((statement) => /FROM `commande`.* % \? = \?/i.test(statement))
      expect(shares.length).toBeGreaterThanOrEqual(2)
    })

    it("sets aside each dirty row with its reason, keeps the others with what to check, and a re-run creates nothing", async () => {
      const report = await run()
      for (const [entity, tally] of Object.entries(report.tallies)) expect({ entity, created: tally.created, updated: tally.updated }).toEqual({ entity, created: 0, updated: 0 })
      // and a dry run says so beforehand
      const dryAgain = await run({ dryRun: true })
      for (const [entity, tally] of Object.entries(dryAgain.tallies)) expect({ entity, created: tally.created, updated: tally.updated }).toEqual({ entity, created: 0, updated: 0 })
      const setAside = report.setAside.filter((row) => row.table !== "adresse_livraison").map((row) => `${row.table}/${row.key}/${row.reason}`)
      expect(setAside.sort()).toEqual(
        [
          ...casesOf("client", "email_empty").map((key) => `client/${key}/email_missing`),
          ...casesOf("client", "email_malformed").map((key) => `client/${key}/email_invalid`),
          ...casesOf("employe", "unmapped_title").map((key) => `employe/${key}/title_unmapped`),
          ...casesOf("commande", "no_lines").map((key) => `commande/${key}/no_lines`),
          ...casesOf("commande", "never_delivered").map((key) => `commande/${key}/never_delivered`),
        ].sort()
      )
      const warned = new Set(report.warnings.map((row) => `${row.table}/${row.key}/${row.reason}`))
      for (const expected of [
        ...casesOf("client", "email_duplicate").map((key) => `client/${key}/duplicate_email_merged`),
        ...casesOf("pizza", "no_composition").map((key) => `pizza/${key}/no_composition`),
        ...casesOf("pizza", "no_recette").map((key) => `pizza/${key}/no_recette`),
        ...casesOf("ingredient", "stocked_nowhere").map((key) => `ingredient/${key}/stocked_nowhere`),
        ...casesOf("employe", "no_account").map((key) => `employe/${key}/no_account`),
        ...casesOf("adresse_livraison", "postcode_lost_zero").map((key) => `adresse_livraison/${key}/postcode_padded`),
      ])
        expect([...warned]).toContain(expected)
      expect(report.summary()).toMatch(/commande: no_lines — \d+ row\(s\)/)

      // the cleaning, on the records themselves
      const customers = container().resolve(Modules.CUSTOMER)
      const all = await customers.listCustomers({}, { relations: ["addresses"], take: null })
      expect(all.filter((customer) => /Ã|Å|\s{2}|^\s|\s$/.test(`${customer.first_name} ${customer.last_name}`))).toEqual([])
      expect(all.every((customer) => customer.email === customer.email!.trim().toLowerCase())).toBe(true)
      const padded = all.flatMap((customer) => customer.addresses ?? []).filter((address) => /^0/.test(address.postal_code ?? ""))
      expect(padded.length).toBeGreaterThanOrEqual(casesOf("adresse_livraison", "postcode_lost_zero").length)
      expect(padded.every((address) => /^\d{5}$/.test(address.postal_code!))).toBe(true)
    })

    const container = () => getContainer()

    it("counts the stock in grams (kilograms × 1000), and each pizza can be made as many times as the old stock / composition said", async () => {
      const stock = await rows<{ pizzeria_id: number; ingredient_id: number; grams: number }>(`select pizzeria_id, ingredient_id, round(quantite * 1000) grams from stock`)
      const { data: locations } = await container()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "stock_location", fields: ["id", "metadata"] })
      const locationOf = new Map(locations.map((location) => [Number((location.metadata as { legacy: { id: number } }).legacy.id), location.id]))
      const items = await container()
        .resolve(Modules.INVENTORY)
        .listInventoryItems({}, { select: ["id", "metadata"], take: null })
      // (the pizzas' own items, which Medusa made with their variants, have no legacy key)
      const itemOf = new Map(items.flatMap((item) => (item.metadata?.legacy ? [[Number((item.metadata.legacy as { id: number }).id), item.id] as const] : [])))
      const levels = await container()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({}, { select: ["inventory_item_id", "location_id", "stocked_quantity"], take: null })
      for (const row of stock) {
        const level = levels.find((candidate) => candidate.location_id === locationOf.get(row.pizzeria_id) && candidate.inventory_item_id === itemOf.get(row.ingredient_id))
        expect({ stock: `${row.pizzeria_id}/${row.ingredient_id}`, grams: Number(level?.stocked_quantity) }).toEqual({
          stock: `${row.pizzeria_id}/${row.ingredient_id}`,
          grams: Number(row.grams),
        })
      }

      const makeable = await rows<{ pizzeria_id: number; pizza_id: number; makeable: number }>(`
        select p.id pizzeria_id, c.pizza_id, min(floor(coalesce(s.quantite, 0) / c.quantite)) makeable
        from composition c cross join pizzeria p left join stock s on s.pizzeria_id = p.id and s.ingredient_id = c.ingredient_id
        where c.quantite > 0 group by p.id, c.pizza_id`)
      const { data: products } = await container()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["metadata", "variants.id"] })
      const variantOf = new Map(products.map((product) => [Number((product.metadata as { legacy: { id: number } }).legacy.id), product.variants[0]!.id]))
      const sourceCounts = new Map<string, number>()
      for (const row of makeable) sourceCounts.set(`${row.pizzeria_id}/${row.pizza_id}`, Number(row.makeable))
      for (const [pizzeriaId, locationId] of locationOf) {
        const counts = await makeableCounts(container(), locationId)
        for (const [key, expected] of sourceCounts) {
          const [pizzeria, pizza] = key.split("/").map(Number)
          if (pizzeria !== pizzeriaId) continue
          expect({ key, makeable: counts.get(variantOf.get(pizza)!)?.makeable }).toEqual({ key, makeable: expected })
        }
      }
    })

    it("gives a customer their old orders in their account once they set a password with 'forgot password', and keeps them off today's dashboard", async () => {
      const [row] = await rows<{ mail: string; numero: number }>(`
        select cl.mail, c.numero from commande c join client cl on cl.id = c.client_id join livraison l on l.commande_numero = c.numero
        where exists (select 1 from panier p where p.numero_commande = c.numero) and cl.mail like '%@example.fr' order by c.numero limit 1`)
      const email = normalizeLegacyEmail(row.mail)
      const keys = await container().resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      const storeHeaders = { "x-publishable-api-key": keys[0].token }

      // no password came from the old system: signing in fails until the customer sets one
      expect((await settle(api.post("/auth/customer/emailpass", { email, password: "azerty123" }))).status).toBe(401)
      expect((await settle(api.post("/auth/customer/emailpass/reset-password", { identifier: email }))).status).toBe(201)
      const mail = await smtp.waitFor((message) => message.to.includes(email))
      const token = /reset-password\?token=([^"'\s<>&)]+)/.exec(mail.html.replace(/&amp;/g, "&"))![1]
      expect(
        (await settle(api.post("/auth/customer/emailpass/update", { email, password: "Nouveau-Mot-De-Passe-1" }, { headers: { authorization: `Bearer ${token}` } }))).status
      ).toBe(200)
      const signedIn = await settle(api.post("/auth/customer/emailpass", { email, password: "Nouveau-Mot-De-Passe-1" }))
      expect(signedIn.status).toBe(200)
      // the fields the shop's account page asks (storefront/lib/medusa/orders.ts)
      const fields = "id,display_id,status,created_at,total,sales_channel_id,items.variant_id,items.title,items.variant_title,items.quantity"
      const listed = await settle(
        api.get(`/store/orders?fields=${fields}&order=-created_at&limit=100`, { headers: { ...storeHeaders, authorization: `Bearer ${signedIn.data.token as string}` } })
      )
      expect({ status: listed.status, error: listed.data.message }).toEqual({ status: 200, error: undefined })
      const [imported] = (await sqlOf(container()).raw<{ id: string }>(`select id from "order" where metadata->'legacy'->>'id' = ?`, [String(row.numero)])).rows
      const mine = listed.data.orders as { id: string; status: string; created_at: string; total: number; items: { variant_id: string; quantity: number }[] }[]
      expect(mine.map((order) => order.id)).toContain(imported.id)
      // each line is a pizza of tonight's menu, to be ordered again
      const [line] = await rows<{ prix: string }>(`select sum(prix) prix from panier where numero_commande = ${Number(row.numero)}`)
      const shown = mine.find((order) => order.id === imported.id)!
      expect(Number(shown.total)).toBeCloseTo(Number(line.prix), 2)
      expect(shown.items.every((item) => item.variant_id && item.quantity > 0)).toBe(true)
      // dated by its delivery, years ago, and finished
      expect(mine.every((order) => new Date(order.created_at) < new Date("2022-01-01"))).toBe(true)
      expect(mine.map((order) => order.status).every((status) => status === "completed" || status === "canceled")).toBe(true)

      // the repair job that opens a ticket for an order that lost its "placed" event leaves them alone, even on their own day
      expect(await ordersWithoutTicket(container(), new Date(new Date(shown.created_at).getTime() + 60 * 60 * 1000))).toEqual([])
      for (const locationId of (await container().resolve(Modules.STOCK_LOCATION).listStockLocations({})).map((location) => location.id)) {
        expect((await readDashboard(container(), locationId)).orders).toBe(0)
      }
    })

    it("takes no order a customer placed for an imported one, whatever metadata its cart carried", async () => {
      const sql = sqlOf(container())
      const orders = container().resolve(Modules.ORDER)
      const real = (await sql.raw<{ id: string; legacy_id: string }>(`select id, metadata->'legacy'->>'id' legacy_id from "order" order by created_at limit 2`)).rows
      // as if those old orders were not imported yet, while two customers' orders claim their keys (Medusa copies a cart's metadata onto its order):
      // one linked to its cart, one a server died before linking (pending, as Medusa makes them)
      await orders.softDeleteOrders(real.map((order) => order.id))
      const forged = await orders.createOrders(
        real.map((order, position) => ({
          currency_code: "eur",
          email: "malin@example.fr",
          status: position === 0 ? ("completed" as const) : ("pending" as const),
          metadata: { legacy: { table: "commande", id: Number(order.legacy_id), invoice: { paid: true } } },
          items: [{ title: "Margherita", quantity: 1, unit_price: 9 }],
        }))
      )
      const [cart] = await container()
        .resolve(Modules.CART)
        .createCarts([{ currency_code: "eur", email: "malin@example.fr" }])
      await container()
        .resolve(ContainerRegistrationKeys.LINK)
        .create({ [Modules.ORDER]: { order_id: forged[0].id }, [Modules.CART]: { cart_id: cart.id } })

      const report = await run({ only: ["orders"] })
      // the two old orders imported again (with why not, if one was not)
      const unexpected = report.setAside.filter((row) => row.table === "commande" && !["no_lines", "never_delivered"].includes(row.reason))
      expect({ created: report.tallies.orders.created, unexpected }).toEqual({ created: 2, unexpected: [] })
      const paymentsOf = async (orderId: string) =>
        Number((await sql.raw<{ n: string }>(`select count(*) n from order_payment_collection where order_id = ? and deleted_at is null`, [orderId])).rows[0].n)
      expect([await paymentsOf(forged[0].id), await paymentsOf(forged[1].id)]).toEqual([0, 0])
    })

    it("reuses no account someone made in the new shop with an old client's e-mail: their old orders and addresses stay off it", async () => {
      const sql = sqlOf(container())
      const [client] = await rows<{ id: number; mail: string }>(
        `select c.id, c.mail from client c join commande o on o.client_id = c.id where c.mail like '%@example.fr' order by c.id limit 1`
      )
      const email = normalizeLegacyEmail(client.mail)
      // the imported customer goes, someone registers with the address (no one checks it is theirs), and the import runs again
      const customers = container().resolve(Modules.CUSTOMER)
      const [imported] = await customers.listCustomers({ email })
      await customers.softDeleteCustomers([imported.id])
      const [squatter] = await customers.createCustomers([{ email, first_name: "Quelqu'un", has_account: true }])
      await sql.raw(`update "order" set customer_id = null where customer_id = ?`, [imported.id])

      const report = await run({ only: ["customers", "orders"] })
      expect(report.setAside).toContainEqual(expect.objectContaining({ table: "client", key: String(client.id), reason: "account_exists" }))
      expect((await customers.listCustomerAddresses({ customer_id: squatter.id })).length).toBe(0)
      expect(Number((await sql.raw<{ n: string }>(`select count(*) n from "order" where customer_id = ?`, [squatter.id])).rows[0].n)).toBe(0)
    })

    it("follows an ingredient renamed and a pizza repriced in the old system, and a dry run says so first", async () => {
      const [ingredient] = await rows<{ id: number; nom: string }>(`select id, nom from ingredient where nom is not null and trim(nom) <> '' order by id limit 1`)
      const [pizza] = await rows<{ id: number; prix: string }>(`select id, prix from pizza where prix > 0 order by id limit 1`)
      await legacy.query(`update ingredient set nom = 'Mozzarella di bufala' where id = ?`, [ingredient.id])
      await legacy.query(`update pizza set prix = prix + 1 where id = ?`, [pizza.id])
      const sql = sqlOf(container())
      const named = async () =>
        (
          await sql.raw<{ title: string; name: string }>(
            `select i.title, r.name from inventory_item i join recipe_ingredient r on r.inventory_item_id = i.id and r.deleted_at is null
             where i.metadata->'legacy'->>'table' = 'ingredient' and i.metadata->'legacy'->>'id' = ?`,
            [String(ingredient.id)]
          )
        ).rows
      try {
        const before = await named()
        const dry = await run({ only: ["menu"], dryRun: true })
        expect({ ingredients: dry.tallies.ingredients.updated, pizzas: dry.tallies.pizzas.updated }).toEqual({ ingredients: 1, pizzas: 1 })
        expect(await named()).toEqual(before)

        const report = await run({ only: ["menu"] })
        expect({ ingredients: report.tallies.ingredients.updated, pizzas: report.tallies.pizzas.updated }).toEqual({ ingredients: 1, pizzas: 1 })
        expect(await named()).toEqual([{ title: "Mozzarella di bufala", name: "Mozzarella di bufala" }])
        const again = await run({ only: ["menu"] })
        expect({ ingredients: again.tallies.ingredients.updated, pizzas: again.tallies.pizzas.updated }).toEqual({ ingredients: 0, pizzas: 0 })
      } finally {
        await legacy.query(`update ingredient set nom = ? where id = ?`, [ingredient.nom, ingredient.id])
        await legacy.query(`update pizza set prix = ? where id = ?`, [pizza.prix, pizza.id])
      }
    })

    it("invites, on a later run with --invite, the staff an earlier run imported without an invitation, each once", async () => {
      const users = container().resolve(Modules.USER)
      expect(await users.listInvites({}, { take: null })).toEqual([])
      const staff = (await importedState(container())).staff
      await run({ only: ["staff"], invite: true })
      expect((await users.listInvites({}, { take: null })).length).toBe(staff)
      const again = await run({ only: ["staff"], invite: true })
      expect((await users.listInvites({}, { take: null })).length).toBe(staff)
      expect(again.setAside.filter((row) => row.reason !== "title_unmapped")).toEqual([])
    })

    it("runs one import at a time on a store: one started while another runs stops at once and writes nothing; a dry run may read meanwhile", async () => {
      const release = await holdImportLock(container())
      try {
        const before = await importedState(container())
        await expect(run({ only: ["customers", "orders"] })).rejects.toThrow(/Another import from the previous system is running on this store/)
        expect(await importedState(container())).toEqual(before)
        const dryRun = await run({ dryRun: true, only: ["pizzerias"] })
        expect(dryRun.tallies.pizzerias.read).toBe(manifest.rows.pizzeria)
      } finally {
        await release()
      }
    })

    it("never reads a password: the importer's queries name no such column, though the old database holds them in clear", async () => {
      const report = await run({ only: ["staff"] })
      expect((await rows<{ password: string }>(`select password from compte_employe limit 1`))[0].password.length).toBeGreaterThan(0)
      expect(report.sourceStatements.some((statement) => /compte_employe/.test(statement))).toBe(true)
      expect(report.sourceStatements.filter((statement) => /password/i.test(statement) || /\*/.test(statement))).toEqual([])
    })
  },
})
