import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { staffKeys, type StaffRole } from "../../../hooks/use-staff"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { retryServerErrors, sdk } from "../../../lib/sdk"

export type Member = { id: string; email: string; role: StaffRole; pizzeria_ids: string[]; user: { first_name: string | null; last_name: string | null } | null }
export type MemberInput = { email: string; role: StaffRole; pizzeria_ids: string[] }

/** The people the signed-in admin or manager may see (GET /admin/staff). */
export function useStaffMembers() {
  return useQuery({
    queryKey: staffKeys.members,
    queryFn: () => sdk.client.fetch<{ staff: Member[] }>("/admin/staff"),
    select: ({ staff }) => staff,
    retry: retryServerErrors,
  })
}

/** Adds someone or changes their role and pizzerias (POST /admin/staff); a newcomer gets an invitation token. */
export function useSaveMember() {
  const { t } = useTranslation("ocp")
  const queryClient = useQueryClient()
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: (input: MemberInput) => sdk.client.fetch<{ invite_token: string | null }>("/admin/staff", { method: "POST", body: input }),
    onSuccess: () => {
      toast.success(t("staff.saved"))
      return queryClient.invalidateQueries({ queryKey: staffKeys.members })
    },
    onError: toastRefusal,
  })
}

/** Takes someone off the staff (DELETE /admin/staff/:id). */
export function useRemoveMember() {
  const { t } = useTranslation("ocp")
  const queryClient = useQueryClient()
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: (member: Member) => sdk.client.fetch(`/admin/staff/${member.id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success(t("staff.removed"))
      return queryClient.invalidateQueries({ queryKey: staffKeys.members })
    },
    onError: toastRefusal,
  })
}
