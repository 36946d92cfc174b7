import { Modules } from "@medusajs/framework/utils"
import { createCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"
import { ensureSignInsWorkflow } from "../workflows/legacy/ensure-sign-ins"
import { importCustomersWorkflow, type ImportedCustomerInput } from "../workflows/legacy/import-customers"
import { isValidEmail, normalizeLegacyEmail, padPostcode, tidyName, tidyText } from "./clean-values"
import { groupBy } from "./group-by"
import { LEGACY_IMPORT_ACTOR, legacyKeyOf, type ImportContext } from "./import-context"
import { addressLine } from "./import-pizzerias"
import { refusal } from "./refusal"
import { writeAllOrEach } from "./write-all-or-each"
import { AdresseLivraison, Client, type LegacyAddress, type LegacyClient } from "./source/entities"

/** An address as the new system writes it (customer book, order's delivery address). */
export type PostalAddress = { first_name: string | null; last_name: string | null; address_1: string; postal_code: string; city: string; country_code: "fr" }

/** What the orders need of the clients: who each became, and each address in the new shape. */
export type CustomerIndex = {
  byClient: Map<number, { customerId: string | null; email: string | null }>
  addresses: Map<number, PostalAddress>
}

/** The chain's own row in the old client table: it holds the pizzerias' addresses, it is not a customer. */
export const isChainRow = (client: Pick<LegacyClient, "nom">) => tidyText(client.nom)?.toLowerCase() === "oc pizza"

export function postalAddressOf(address: LegacyAddress, client: LegacyClient | undefined): PostalAddress | null {
  const line = addressLine(address)
  const postcode = padPostcode(address.code_postal)
  if (!line || !postcode) return null
  return { first_name: tidyName(client?.prenom), last_name: tidyName(client?.nom), address_1: line, postal_code: postcode, city: tidyText(address.ville) ?? "", country_code: "fr" }
}

/**
 * Clients become customers with an account, one per e-mail address
 * (trimmed, lower-cased): clients sharing one are merged into the first,
 * their addresses gathered; a client without a usable address is set aside
 * (their orders are kept, without an account). Names tidied, postcodes
 * padded to five digits. A re-run finds each customer by e-mail and adds
 * only the addresses it does not have yet.
 */
export async function importCustomers(context: ImportContext): Promise<CustomerIndex> {
  const { container, source, report, options } = context
  const clients = await source.all(Client)
  const allAddresses = await source.all(AdresseLivraison)
  const clientOf = new Map(clients.map((client) => [client.id, client]))
  const index: CustomerIndex = { byClient: new Map(), addresses: new Map() }
  const usable: LegacyAddress[] = []
  for (const address of allAddresses) {
    const client = clientOf.get(address.client_id)
    if (!client || isChainRow(client)) continue
    report.read("addresses")
    const postal = postalAddressOf(address, client)
    if (!postal) {
      report.setAsideRow("addresses", {
        table: "adresse_livraison",
        key: String(address.id),
        reason: "address_incomplete",
        detail: `${address.numero_habitation ?? ""} ${address.rue ?? ""} ${address.code_postal ?? ""}: no street or postcode`,
      })
      continue
    }
    if (String(address.code_postal).length < 5)
      report.warn({ table: "adresse_livraison", key: String(address.id), reason: "postcode_padded", detail: `${address.code_postal} → ${postal.postal_code}` })
    index.addresses.set(address.id, postal)
    usable.push(address)
  }
  const addressesOf = groupBy(usable, (address) => address.client_id)

  // one customer per e-mail: the first client with it, the others merged into it
  const groups = new Map<string, LegacyClient[]>()
  for (const client of clients) {
    if (isChainRow(client)) continue
    report.read("customers")
    const email = normalizeLegacyEmail(client.mail)
    const key = String(client.id)
    if (!email || !isValidEmail(email)) {
      report.setAsideRow("customers", {
        table: "client",
        key,
        reason: email ? "email_invalid" : "email_missing",
        detail: `${tidyName(client.prenom) ?? ""} ${tidyName(client.nom) ?? ""} <${client.mail ?? ""}>: no account; their orders are kept without one`.trim(),
      })
      index.byClient.set(client.id, { customerId: null, email: null })
      for (const address of addressesOf.get(client.id) ?? [])
        report.setAsideRow("addresses", {
          table: "adresse_livraison",
          key: String(address.id),
          reason: "client_set_aside",
          detail: `client ${client.id} has no account: the address stays on their orders only`,
        })
      continue
    }
    const group = groups.get(email)
    if (group) report.warn({ table: "client", key, reason: "duplicate_email_merged", detail: `${email}: merged into client ${group[0].id}` })
    groups.set(email, [...(group ?? []), client])
  }

  const customers = container.resolve(Modules.CUSTOMER)
  const entries = [...groups]
  for (let start = 0; start < entries.length; start += options.batchSize) {
    const batch = entries.slice(start, start + options.batchSize)
    const existing = await customers.listCustomers(
      { email: batch.map(([email]) => email) },
      { select: ["id", "email", "has_account", "created_by", "metadata"], relations: ["addresses"], take: null }
    )
    // only a customer this import made is reused: anyone may sign up in the new shop with an e-mail nobody verified
    const found = new Map(existing.filter((customer) => customer.created_by === LEGACY_IMPORT_ACTOR).map((customer) => [customer.email!, customer]))
    const taken = new Set(existing.filter((customer) => customer.created_by !== LEGACY_IMPORT_ACTOR).map((customer) => customer.email!))
    if (!options.dryRun && found.size)
      // a killed run may have made a customer and not its sign-in
      await ensureSignInsWorkflow(container).run({ input: { customers: [...found.values()].map((customer) => ({ id: customer.id, email: customer.email! })) } })

    const fresh: (ImportedCustomerInput & { addresses: NonNullable<ImportedCustomerInput["addresses"]> })[] = []
    const freshGroups: LegacyClient[][] = []
    for (const [email, group] of batch) {
      const first = group[0]
      const addresses = group.flatMap((client) => (addressesOf.get(client.id) ?? []).map((address) => ({ address, postal: index.addresses.get(address.id)! })))
      if (taken.has(email) && !found.has(email)) {
        report.setAsideRow("customers", {
          table: "client",
          key: String(first.id),
          reason: "account_exists",
          detail: `${email}: someone made an account with this e-mail in the new shop; the old orders are kept without it and no address is added to it (nobody proved the e-mail theirs)`,
        })
        for (const client of group) index.byClient.set(client.id, { customerId: null, email })
        for (const { address } of addresses)
          report.setAsideRow("addresses", {
            table: "adresse_livraison",
            key: String(address.id),
            reason: "account_exists",
            detail: `client ${first.id}: kept on their old orders only`,
          })
        continue
      }
      const customer = found.get(email)
      if (customer) {
        for (const client of group) index.byClient.set(client.id, { customerId: customer.id, email })
        const known = new Set(
          (customer.addresses ?? [])
            .map((address) => legacyKeyOf(address.metadata)?.id)
            .filter((id) => id !== undefined)
            .map(Number)
        )
        const missing = addresses.filter(({ address }) => !known.has(address.id))
        if (!missing.length) {
          report.outcome("customers", "unchanged")
          report.outcome("addresses", "unchanged", addresses.length)
          continue
        }
        try {
          if (!options.dryRun)
            await createCustomerAddressesWorkflow(container).run({
              input: {
                addresses: missing.map(({ address, postal }) => ({ ...postal, customer_id: customer.id, metadata: { legacy: { table: "adresse_livraison", id: address.id } } })),
              },
            })
          report.outcome("customers", "updated")
          report.outcome("addresses", "created", missing.length)
          report.outcome("addresses", "unchanged", addresses.length - missing.length)
        } catch (error) {
          for (const { address } of missing) report.setAsideRow("addresses", refusal("adresse_livraison", String(address.id), error))
        }
        continue
      }
      fresh.push({
        email,
        first_name: tidyName(first.prenom),
        last_name: tidyName(first.nom),
        has_account: true,
        created_by: LEGACY_IMPORT_ACTOR,
        metadata: { legacy: { table: "client", id: first.id, ...(group.length > 1 ? { merged: group.slice(1).map((client) => client.id) } : {}) } },
        addresses: addresses.map(({ address, postal }, rank) => ({
          ...postal,
          is_default_shipping: rank === 0,
          metadata: { legacy: { table: "adresse_livraison", id: address.id } },
        })),
      })
      freshGroups.push(group)
    }
    if (fresh.length) {
      const created = options.dryRun ? fresh.map((customer) => ({ id: `dry-run:${customer.email}`, email: customer.email })) : await createCustomers(context, fresh, freshGroups)
      for (const [position, customer] of created.entries()) {
        if (!customer) continue
        for (const client of freshGroups[position]) index.byClient.set(client.id, { customerId: customer.id, email: customer.email })
        report.outcome("customers", "created")
        report.outcome("addresses", "created", fresh[position].addresses.length)
      }
    }
    context.progress("customers", Math.min(start + batch.length, entries.length), entries.length)
  }
  return index
}

/** A batch in one workflow run; a refused batch is retried one customer at a time, so one bad row sets aside only itself. */
async function createCustomers(context: ImportContext, fresh: ImportedCustomerInput[], groups: LegacyClient[][]): Promise<({ id: string; email: string } | null)[]> {
  const groupOf = new Map(fresh.map((customer, position) => [customer, groups[position]]))
  return writeAllOrEach(
    fresh,
    async (customers) => (await importCustomersWorkflow(context.container).run({ input: { customers } })).result.map((customer) => ({ id: customer.id, email: customer.email! })),
    (customer, error) => context.report.setAsideRow("customers", refusal("client", String(groupOf.get(customer)![0].id), error))
  )
}
