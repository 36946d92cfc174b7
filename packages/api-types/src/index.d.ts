export type { MenuAvailabilityResponse, MenuItem, MenuItemAvailability, MenuResponse, MenuUnavailableReason, MenuVariant } from "./menu"
export type {
  DeliveryInstructions,
  Fulfilment,
  KitchenTicket,
  KitchenTicketLine,
  KitchenTicketRecipe,
  KitchenTicketWithRecipes,
  TicketStatus,
  TicketStatusEvent,
} from "./kitchen-ticket"
export type { OrderTracking, TrackedOrder, TrackedPayment } from "./tracking"
export type { AddressSuggestion, AddressSuggestions, DeliveryQuote, DeliveryResolution } from "./delivery"
export type { FailedEmail } from "./dashboard"
export type { ApiErrorBody, CodedError, MedusaErrorType } from "./error"
export { medusaErrorTypeFor } from "./medusa-error-type"
export { codedErrorBody, codedErrorHandler, isCodedError, withCodedErrors, type CodedErrorShape, type HttpResponse } from "./coded-error"
