import { MedusaService } from "@medusajs/framework/utils"
import { CounterCart } from "./models/counter-cart"
import { KitchenTicket } from "./models/kitchen-ticket"
import { KitchenTicketEvent } from "./models/kitchen-ticket-event"

/** CRUD over tickets, their history and the counter's carts; the lifecycle's rules live in the workflows. */
export default class KitchenModuleService extends MedusaService({ KitchenTicket, KitchenTicketEvent, CounterCart }) {}
