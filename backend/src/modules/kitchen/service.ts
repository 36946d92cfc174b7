import { MedusaService } from "@medusajs/framework/utils"
import { CartSlot } from "./models/cart-slot"
import { CounterCart } from "./models/counter-cart"
import { KitchenCapacity } from "./models/kitchen-capacity"
import { KitchenTicket } from "./models/kitchen-ticket"
import { KitchenTicketEvent } from "./models/kitchen-ticket-event"

/** CRUD over tickets, their history, the counter's carts, the kitchens' capacity and the carts' chosen slots; the rules live in the workflows. */
export default class KitchenModuleService extends MedusaService({ KitchenTicket, KitchenTicketEvent, CounterCart, KitchenCapacity, CartSlot }) {}
