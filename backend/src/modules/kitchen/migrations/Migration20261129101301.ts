import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129101301 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kitchen_ticket" drop constraint if exists "kitchen_ticket_status_check";`);

    this.addSql(`alter table if exists "kitchen_ticket_event" drop constraint if exists "kitchen_ticket_event_status_check";`);

    this.addSql(`alter table if exists "kitchen_ticket" add column if not exists "payment_failed_at" timestamptz null, add column if not exists "payment_failure" text null;`);
    this.addSql(`alter table if exists "kitchen_ticket" add constraint "kitchen_ticket_status_check" check("status" in ('received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled', 'delivery_failed'));`);

    this.addSql(`alter table if exists "kitchen_ticket_event" add constraint "kitchen_ticket_event_status_check" check("status" in ('received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled', 'delivery_failed'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kitchen_ticket" drop constraint if exists "kitchen_ticket_status_check";`);

    this.addSql(`alter table if exists "kitchen_ticket_event" drop constraint if exists "kitchen_ticket_event_status_check";`);

    this.addSql(`alter table if exists "kitchen_ticket" drop column if exists "payment_failed_at", drop column if exists "payment_failure";`);

    this.addSql(`alter table if exists "kitchen_ticket" add constraint "kitchen_ticket_status_check" check("status" in ('received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled'));`);

    this.addSql(`alter table if exists "kitchen_ticket_event" add constraint "kitchen_ticket_event_status_check" check("status" in ('received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled'));`);
  }

}
