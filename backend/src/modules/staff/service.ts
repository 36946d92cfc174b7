import { MedusaService } from "@medusajs/framework/utils"
import { StaffMember } from "./models/staff-member"

/** CRUD over staff records; who may do what is decided in `src/staff/access-policy.ts`. */
export default class StaffModuleService extends MedusaService({ StaffMember }) {}
