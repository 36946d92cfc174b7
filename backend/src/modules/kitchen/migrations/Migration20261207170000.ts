import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Booked deliveries count in the quarter their pizzas leave the oven in (slots/booking.ts ovenQuarter: the slot
 * less the driver's wait and the ride's guess, 5 + 15 minutes, floored to the quarter), no longer in their slot.
 * Deliveries booked before still waiting move there, so that old and new bookings are counted alike.
 */
export class Migration20261207170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`update "kitchen_ticket" set "capacity_slot_at" = to_timestamp(floor(extract(epoch from "scheduled_for" - interval '20 minutes') / 900) * 900) where "kind" = 'delivery' and "scheduled_for" is not null and "status" = 'scheduled' and "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "kitchen_ticket" set "capacity_slot_at" = "scheduled_for" where "kind" = 'delivery' and "scheduled_for" is not null and "status" = 'scheduled' and "deleted_at" is null;`);
  }

}
