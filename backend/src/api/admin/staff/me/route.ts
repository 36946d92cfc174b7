import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { readSettings } from "@/config/settings"
import { LANDING_PAGE, type StaffRole } from "@/modules/staff/roles"
import type { StaffRequest } from "@/staff/staff-of-request"

type Me = { email: string; role: StaffRole; landing_page: string; pizzerias: { id: string; name: string }[]; preview: boolean }

/** GET /admin/staff/me: the signed-in person's role, their pizzerias and the page they start on. */
export async function GET(req: StaffRequest, res: MedusaResponse<{ staff: Me }>): Promise<void> {
  const staff = req.staff!
  const locations = await req.scope
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations(staff.role === "admin" ? {} : { id: staff.pizzeria_ids }, { select: ["id", "name"], order: { name: "ASC" } })
  res.json({
    staff: {
      email: staff.email,
      role: staff.role,
      landing_page: LANDING_PAGE[staff.role],
      pizzerias: locations.map((location) => ({ id: location.id, name: location.name })),
      preview: readSettings().preview,
    },
  })
}
