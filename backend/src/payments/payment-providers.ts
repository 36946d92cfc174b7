import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Medusa's system provider: pay on delivery or at the counter, captured when the order is handed over. */
export const PAY_ON_DELIVERY_PROVIDER = "pp_system_default"
/** `@medusajs/payment-stripe`'s card provider, registered with the id "stripe". */
export const CARD_PROVIDER = "pp_stripe_stripe"

export type PaymentMethod = { id: string; kind: "on_delivery" | "card" }

type ProviderEntry = { resolve?: unknown; id?: string }

/**
 * What a customer may pay with: always on delivery, and by card when the
 * running configuration registers Stripe (it does when STRIPE_API_KEY is
 * set). Medusa keeps a removed provider's row and region link in the
 * database, so the configuration, not the database, is the truth.
 */
export function offeredPaymentMethods(container: MedusaContainer): PaymentMethod[] {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const payment = config.modules?.[Modules.PAYMENT]
  const providers: ProviderEntry[] = (typeof payment === "object" && (payment.options?.providers as ProviderEntry[])) || []
  const methods: PaymentMethod[] = [{ id: PAY_ON_DELIVERY_PROVIDER, kind: "on_delivery" }]
  if (providers.some((provider) => String(provider.resolve).includes("payment-stripe") && provider.id === "stripe")) {
    methods.push({ id: CARD_PROVIDER, kind: "card" })
  }
  return methods
}

export function isCardProvider(providerId: string | null | undefined): boolean {
  return !!providerId?.startsWith("pp_stripe")
}

type PaymentLike = { provider_id: string; captured_at?: unknown; canceled_at?: unknown } | null | undefined

/** An order's payments still open: neither captured nor canceled (an authorization, or pay on delivery not yet collected). */
export function openPayments<P extends PaymentLike>(collections: ({ payments?: P[] | null } | null | undefined)[] | null | undefined): NonNullable<P>[] {
  return (collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .filter((payment): payment is NonNullable<P> => Boolean(payment && !payment.captured_at && !payment.canceled_at))
}
