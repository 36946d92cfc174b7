import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "@/modules/staff"
import type StaffModuleService from "@/modules/staff/service"
import type { StaffRole } from "@/modules/staff/roles"
import { normalizeEmail } from "@/staff/staff-of-request"

type Before = { created: string[]; updated: { id: string; pizzeria_ids: string[] }[] }

/** The people who will work there: added to the pizzeria (with their role if they were not staff yet). */
export const assignPizzeriaStaffStep = createStep(
  "assign-pizzeria-staff",
  async (input: Input, { container }) => {
    const service = container.resolve<StaffModuleService>(STAFF_MODULE)
    const before: Before = { created: [], updated: [] }
    try {
      await assign(service, input, before)
    } catch (error) {
      // a failing step is not compensated: undo what this one did
      await undo(service, before)
      throw error
    }
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (before) await undo(container.resolve<StaffModuleService>(STAFF_MODULE), before)
  }
)

type Input = { stock_location_id: string; staff: { email: string; role: Exclude<StaffRole, "admin"> }[] }

/** Adds each person, noting in `before` what to put back. */
async function assign(service: StaffModuleService, input: Input, before: Before): Promise<void> {
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
}

async function undo(service: StaffModuleService, before: Before): Promise<void> {
  if (before.created.length) await service.deleteStaffMembers(before.created)
  for (const member of before.updated) await service.updateStaffMembers(member)
}
