export type {
  MenuAvailabilityResponse,
  MenuCustomisation,
  MenuExtra,
  MenuIngredient,
  MenuItem,
  MenuItemAvailability,
  MenuResponse,
  MenuUnavailableReason,
  MenuVariant,
} from "./menu"
export type {
  DeliveryInstructions,
  Fulfilment,
  KitchenTicket,
  KitchenTicketLine,
  LineCustomisation,
  KitchenTicketRecipe,
  KitchenTicketWithRecipes,
  TicketStatus,
  TicketStatusEvent,
} from "./kitchen-ticket"
export type { OrderTracking, TrackedOrder, TrackedPayment } from "./tracking"
export type { AddressSuggestion, AddressSuggestions, DeliveryQuote, DeliveryResolution } from "./delivery"
export type { FailedEmail } from "./dashboard"
export type { BookedSlots, CartSlot, KitchenCapacitySettings, PizzeriaSlots, Slot } from "./slots"
export type { ApiErrorBody, CodedError, Language, LocalizedText, MedusaErrorType } from "./error"
export { formatMoney, languageOfTag, requestLanguage, type RequestWithLanguage } from "./language"
export { medusaErrorTypeFor } from "./medusa-error-type"
export { codedErrorBody, codedErrorHandler, codedErrorIn, isCodedError, withCodedErrors, type CodedErrorShape, type HttpResponse } from "./coded-error"
