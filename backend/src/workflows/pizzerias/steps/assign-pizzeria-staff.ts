import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import type { StaffRole } from "../../../staff/roles"
import { normalizeEmail } from "../../../staff/staff-of-request"

type Before = { created: string[]; updated: { id: string; pizzeria_ids: string[] }[] }

/** The people who will work there: added to the pizzeria (with their role if they were not staff yet). */
export const assignPizzeriaStaffStep = createStep(
  "assign-pizzeria-staff",
  async (input: { stock_location_id: string; staff: { email: string; role: Exclude<StaffRole, "admin"> }[] }, { container }) => {
    const service = container.resolve<StaffModuleService>(STAFF_MODULE)
    const before: Before = { created: [], updated: [] }
    for (const person of input.staff) {
      const email = normalizeEmail(person.email)
      const [member] = await service.listStaffMembers({ email })
      if (member) {
        before.updated.push({ id: member.id, pizzeria_ids: member.pizzeria_ids })
        await service.updateStaffMembers({ id: member.id, pizzeria_ids: [...new Set([...member.pizzeria_ids, input.stock_location_id])] })
      } else {
        const created = await service.createStaffMembers({ email, role: person.role, pizzeria_ids: [input.stock_location_id] })
        before.created.push(created.id)
      }
    }
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service = container.resolve<StaffModuleService>(STAFF_MODULE)
    if (before.created.length) await service.deleteStaffMembers(before.created)
    for (const member of before.updated) await service.updateStaffMembers(member)
  }
)
