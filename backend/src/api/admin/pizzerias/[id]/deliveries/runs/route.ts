import type { MedusaResponse } from "@medusajs/framework/http"
import { driverOfRunsFor, readDriverRuns, type DriverRuns } from "@/deliveries/read-driver-runs"
import type { StaffRequest } from "@/staff/staff-of-request"
import type { GetDriverRunsType } from "./validators"

/** GET /admin/pizzerias/:id/deliveries/runs?driver_id=: today's delivered orders and the cash to hand over; a driver's own, or any driver's for a manager. */
export async function GET(req: StaffRequest & { validatedQuery: GetDriverRunsType }, res: MedusaResponse<{ runs: DriverRuns }>): Promise<void> {
  // the admin guard set who is calling (staff/guard-admin-routes.ts); without it, the narrowest reading
  const driverId = driverOfRunsFor(req.staff ?? { role: "driver" }, req.auth_context.actor_id ?? null, req.validatedQuery.driver_id)
  res.json({ runs: await readDriverRuns(req.scope, req.params.id, driverId) })
}
