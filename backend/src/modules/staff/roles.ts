/** Who works in the pizzerias; what each role may call is backend/src/staff/access-policy.ts. */
export const STAFF_ROLES = ["admin", "manager", "pizzaiolo", "driver", "counter"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** The admin page each role lands on after signing in (Medusa's menu cannot be filtered per user). */
export const LANDING_PAGE: Record<StaffRole, string> = {
  admin: "/orders",
  manager: "/pizzeria-dashboard",
  pizzaiolo: "/kitchen",
  driver: "/deliveries",
  counter: "/counter",
}

/** The roles a staff member may give: admins any, managers only the pizzeria roles. */
export function rolesGivenBy(role: StaffRole): StaffRole[] {
  if (role === "admin") return [...STAFF_ROLES]
  if (role === "manager") return ["pizzaiolo", "driver", "counter"]
  return []
}
