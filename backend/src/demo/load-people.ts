import type { AuthenticationInput, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createCustomerAddressesWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { normalizePhone } from "../counter/normalize-phone"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"
import { demo, type DemoPerson } from "./data"
import { demoPassword } from "./demo-password"

/**
 * Creates the demo staff and customer accounts that are missing; existing
 * accounts keep their data, so running it at every start is harmless. Every
 * demo account's password is set to this install's demo password, so an
 * older demo database stops answering to a password once written in the repository.
 * Each staff account gets its staff record (role and pizzerias) if it has none.
 */
export async function ensureDemoAccounts(container: MedusaContainer, pizzeriaIds: Map<string, string>): Promise<string[]> {
  const users = container.resolve(Modules.USER)
  const customers = container.resolve(Modules.CUSTOMER)
  const created: string[] = []
  await resetDemoPasswords(container)

  const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
  for (const member of demo.staff) {
    const [record] = await staff.listStaffMembers({ email: member.email })
    if (!record) {
      const memberPizzerias = member.pizzerias.map((handle) => pizzeriaIdOf(pizzeriaIds, handle))
      await staff.createStaffMembers({ email: member.email, role: member.role, pizzeria_ids: memberPizzerias })
    }
    const [existing] = await users.listUsers({ email: member.email })
    if (existing) continue
    const authIdentityId = await registerIdentity(container, member)
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId,
        userData: {
          email: member.email,
          first_name: member.first_name,
          last_name: member.last_name,
        },
      },
    })
    created.push(member.email)
  }

  for (const customer of demo.customers) {
    const [existing] = await customers.listCustomers({ email: customer.email, has_account: true })
    if (existing) continue
    const authIdentityId = await registerIdentity(container, customer)
    const { result } = await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId,
        customerData: {
          email: customer.email,
          first_name: customer.first_name,
          last_name: customer.last_name,
          phone: normalizePhone(customer.phone) ?? customer.phone,
        },
      },
    })
    await createCustomerAddressesWorkflow(container).run({
      input: {
        addresses: [
          {
            customer_id: result.id,
            first_name: customer.first_name,
            last_name: customer.last_name,
            ...customer.address,
            address_name: "Domicile",
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      },
    })
    created.push(customer.email)
  }
  return created
}

/** Sets the install's demo password on every demo identity that exists. */
export async function resetDemoPasswords(container: MedusaContainer): Promise<void> {
  const auth = container.resolve(Modules.AUTH)
  const password = demoPassword()
  for (const person of [...demo.staff, ...demo.customers]) {
    const [identity] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: person.email })
    if (!identity) continue
    const { success, error } = await auth.updateProvider("emailpass", { entity_id: person.email, password })
    if (!success) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Demo account ${person.email}: ${error ?? "password not updated"}`)
  }
}

function pizzeriaIdOf(ids: Map<string, string>, handle: string): string {
  const id = ids.get(handle)
  if (!id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Demo staff: no pizzeria "${handle}".`)
  return id
}

/** The e-mail/password identity of a person, created if this e-mail has none yet. */
async function registerIdentity(container: MedusaContainer, person: DemoPerson): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const password = demoPassword()
  const [identity] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: person.email }, { relations: ["auth_identity"] })
  if (identity?.auth_identity_id) return identity.auth_identity_id

  const input: AuthenticationInput = { body: { email: person.email, password } }
  const { success, authIdentity, error } = await auth.register("emailpass", input)
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Demo account ${person.email}: ${error ?? "registration failed"}`)
  }
  return authIdentity.id
}
