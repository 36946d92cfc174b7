import { formatMoney, type Language } from "@oc-pizza/api-types"
import { ZoningError } from "./zoning-error"

/**
 * The refusals a customer reads at checkout, each in French and English (the
 * answer picks the request's language), amounts in the cart's currency.
 */

const both = (write: (language: Language) => string) => ({ fr: write("fr"), en: write("en") })

const openingTime = (at: Date, timezone: string, language: Language) =>
  new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone: timezone }).format(
    at
  )

export function belowMinimumOrder(minimum: number, subtotal: number, currencyCode: string, details: Record<string, unknown> = {}): ZoningError {
  const missing = Number((minimum - subtotal).toFixed(2))
  const money = (amount: number, language: Language) => formatMoney(amount, currencyCode, language)
  return new ZoningError(
    422,
    "below_min_order",
    both((language) =>
      language === "fr"
        ? `La livraison commence à ${money(minimum, language)} ; il manque ${money(missing, language)}.`
        : `Delivery starts from ${money(minimum, language)}; ${money(missing, language)} to go.`
    ),
    { min_order: minimum, missing, currency_code: currencyCode, ...details }
  )
}

export function outsideDeliveryArea(details: Record<string, unknown>): ZoningError {
  return new ZoningError(
    422,
    "outside_delivery_area",
    { fr: "Nous ne livrons pas cette adresse depuis cette pizzeria.", en: "This location does not deliver this address." },
    details
  )
}

export function outsideEveryZone(details: Record<string, unknown>): ZoningError {
  return new ZoningError(422, "outside_delivery_area", { fr: "Cette adresse est en dehors de notre zone de livraison.", en: "This address is outside our delivery area." }, details)
}

export function deliveryAddressNeeded(): ZoningError {
  return new ZoningError(422, "address_not_found", {
    fr: "Indiquez l'adresse de livraison avant de choisir la livraison.",
    en: "Give the delivery address before choosing delivery.",
  })
}

export function deliveryAddressNotPlaced(details?: Record<string, unknown>): ZoningError {
  return new ZoningError(
    422,
    "address_not_found",
    {
      fr: "Nous ne trouvons pas cette adresse. Vérifiez-la, ou ajoutez son code postal et sa ville.",
      en: "We could not find this address. Check it, or add its postcode and town.",
    },
    details
  )
}

export function ambiguousAddress(candidates: unknown[]): ZoningError {
  return new ZoningError(
    422,
    "address_ambiguous",
    {
      fr: "Plusieurs lieux correspondent à cette adresse. Choisissez-en un, ou ajoutez son code postal et sa ville.",
      en: "Several places match this address. Choose one, or add its postcode and town.",
    },
    { candidates }
  )
}

export function pizzeriaClosed(stockLocationId: string, nextOpening: Date | null, timezone: string): ZoningError {
  return new ZoningError(
    409,
    "pizzeria_closed",
    both((language) => {
      const when = nextOpening ? openingTime(nextOpening, timezone, language) : null
      if (language === "fr") return when ? `La pizzeria est fermée ; elle rouvre ${when}.` : "La pizzeria est fermée."
      return when ? `The location is closed; it opens again on ${when}.` : "The location is closed."
    }),
    { stock_location_id: stockLocationId, next_opening_at: nextOpening?.toISOString() ?? null }
  )
}

export function deliveryFeeChanged(fee: number, charged: number, currencyCode: string, zoneId: string): ZoningError {
  return new ZoningError(
    409,
    "delivery_fee_changed",
    both((language) =>
      language === "fr"
        ? `Les frais de livraison de cette adresse sont maintenant de ${formatMoney(fee, currencyCode, language)} ; choisissez à nouveau la livraison.`
        : `The delivery fee for this address is now ${formatMoney(fee, currencyCode, language)}; choose delivery again.`
    ),
    { fee, charged, zone_id: zoneId }
  )
}
