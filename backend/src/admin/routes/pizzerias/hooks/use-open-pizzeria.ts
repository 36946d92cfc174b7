import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { sdk } from "../../../lib/sdk"
import type { OpeningRequest } from "./use-opening-form"
import { pizzeriaKeysKey } from "./use-pizzeria-keys"

/** Opens a pizzeria in one go (POST /admin/pizzerias, one workflow: all of it or nothing). */
export function useOpenPizzeria() {
  const { t } = useTranslation("ocp")
  const toastRefusal = useToastRefusal()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: OpeningRequest) => sdk.client.fetch("/admin/pizzerias", { method: "POST", body: request }),
    onSuccess: (_answer, request) => {
      toast.success(t("opening.opened", { name: request.name }))
      return queryClient.invalidateQueries({ queryKey: pizzeriaKeysKey })
    },
    onError: toastRefusal,
  })
}
