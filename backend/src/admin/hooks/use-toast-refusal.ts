import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { refusalText } from "../lib/refusal-text"

/** Shows an API refusal in a toast, in words (for `onError` of a mutation or a failed query). */
export function useToastRefusal(): (error: unknown) => void {
  const { t } = useTranslation("ocp")
  return (error) => toast.error(refusalText(error, t))
}
