import { useQuery } from "@tanstack/react-query"
import type { StaffRole } from "../../modules/staff/roles"
import { retryServerErrors, sdk } from "../lib/sdk"

export type { StaffRole }

export type Me = { email: string; role: StaffRole; landing_page: string; pizzerias: { id: string; name: string }[]; preview: boolean }

export const staffKeys = { me: ["ocp", "staff", "me"] as const, members: ["ocp", "staff", "members"] as const }

/** Who is signed in: role, pizzerias, landing page (GET /admin/staff/me). */
export function useStaff() {
  return useQuery({
    queryKey: staffKeys.me,
    queryFn: () => sdk.client.fetch<{ staff: Me }>("/admin/staff/me"),
    select: ({ staff }) => staff,
    retry: retryServerErrors,
    staleTime: 5 * 60_000,
  })
}
