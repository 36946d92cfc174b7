import type { MenuItem } from "@oc-pizza/api-types"
import { fill, type Messages } from "@/lib/i18n/messages"

/** Why a dish cannot be ordered tonight: the manager's reason when paused, else the stock. */
export function unavailableText(item: MenuItem, m: Messages): string {
  if (item.unavailable_reason?.code === "paused") return fill(m.unavailableBecause, { reason: item.unavailable_reason.message })
  return m.outOfStock
}
