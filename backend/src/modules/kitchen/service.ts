import { MedusaService } from "@medusajs/framework/utils"
import { KitchenTicket } from "./models/kitchen-ticket"
import { KitchenTicketEvent } from "./models/kitchen-ticket-event"

/** CRUD over tickets and their history; the lifecycle's rules live in the workflows. */
export default class KitchenModuleService extends MedusaService({ KitchenTicket, KitchenTicketEvent }) {}
