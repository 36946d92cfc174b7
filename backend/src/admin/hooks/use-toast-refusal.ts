import { toast } from "@medusajs/ui"
import { useRefusalText } from "./use-refusal-text"

/** Shows an API refusal in a toast, in words (for `onError` of a mutation). */
export function useToastRefusal(): (error: unknown) => void {
  const refusalText = useRefusalText()
  return (error) => toast.error(refusalText(error))
}
