import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useRefusalText } from "../../../hooks/use-refusal-text"
import type { CounterQuote } from "../hooks/use-counter-quote"

/** The time to tell the caller before the order is placed: when it is ready (pickup) or at their door (delivery), from the kitchen's queue. */
export function PickupQuote({ quote, error, addressComplete }: { quote: CounterQuote | undefined; error: unknown; addressComplete: boolean }) {
  const { t } = useTranslation("ocp")
  const refusal = useRefusalText()
  const time = (iso: string) => new Date(iso).toLocaleTimeString(t("locale"), { hour: "2-digit", minute: "2-digit" })
  return (
    <section aria-labelledby="ocp-quote-title" className="bg-ui-bg-subtle flex flex-col gap-1 rounded-md p-3" data-testid="counter-quote">
      <Text id="ocp-quote-title" size="small" className="text-ui-fg-subtle">
        {t("counter.quoteTitle")}
      </Text>
      {error ? (
        <Text role="alert" className="text-ui-fg-error">
          {refusal(error)}
        </Text>
      ) : !quote ? (
        <Text className="text-ui-fg-subtle">{t("loading")}</Text>
      ) : (
        <>
          <Text size="xlarge" weight="plus" aria-live="polite">
            {t(quote.fulfilment === "delivery" ? "counter.deliveredAround" : "counter.readyAround", { time: time(quote.eta) })}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("counter.ordersAhead", { count: quote.orders_ahead })}
            {quote.fulfilment === "delivery" &&
              ` · ${quote.ride_minutes !== null ? t("counter.rideIncluded", { minutes: quote.ride_minutes }) : t(addressComplete ? "counter.rideUnknown" : "counter.rideWithAddress")}`}
          </Text>
        </>
      )}
    </section>
  )
}
