import type { LocalizedText } from "@oc-pizza/api-types"

/**
 * What a customer's change, cancellation or new time answers when the
 * order's kitchen ticket stays locked past the wait (5 s): a kitchen move
 * takes far less, so the holder is stuck, most often a server that died
 * holding it (its lock expires within OCP_ORDER_LOCK_EXPIRE_SECONDS). Nothing
 * was done: "try again", not "the kitchen has started", which is decided
 * once the lock is taken.
 */
export const ORDER_BUSY: { code: string; message: LocalizedText } = {
  code: "order_busy",
  message: {
    fr: "Cette commande est occupée pour un instant : rien n'a été changé, réessayez dans une minute.",
    en: "This order is busy for a moment: nothing was changed, try again in a minute.",
  },
}
