import "server-only"
import { regionId } from "./cart"
import { storeApi } from "./client"

/** Medusa's Stripe provider, as the backend registers it. */
export const CARD_PROVIDER = "pp_stripe_stripe"

/**
 * Stripe's publishable key when the shop may take cards: the backend offers
 * Stripe (STRIPE_API_KEY there) and the shop has the matching pk_ key
 * (STRIPE_PUBLISHABLE_KEY here). Otherwise null: payment on handover only.
 */
export async function cardPaymentKey(): Promise<string | null> {
  const key = process.env.STRIPE_PUBLISHABLE_KEY
  if (!key) return null
  const { payment_providers } = await storeApi<{ payment_providers: { id: string }[] }>("/store/payment-providers", { query: { region_id: await regionId() }, token: null })
  return payment_providers.some((provider) => provider.id === CARD_PROVIDER) ? key : null
}
