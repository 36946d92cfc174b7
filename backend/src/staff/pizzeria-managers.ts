import type { MedusaContainer } from "@medusajs/framework/types"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"

/** E-mails of the managers of a pizzeria. */
export async function pizzeriaManagerEmails(container: MedusaContainer, stockLocationId: string): Promise<string[]> {
  const managers = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ role: "manager" }, { take: 1000 })
  return managers.filter((manager) => manager.pizzeria_ids.includes(stockLocationId)).map((manager) => manager.email)
}
