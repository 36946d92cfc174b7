import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207080000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kitchen_ticket" drop constraint if exists "kitchen_ticket_status_check";`);
    this.addSql(`alter table if exists "kitchen_ticket" add constraint "kitchen_ticket_status_check" check("status" in ('scheduled', 'received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled', 'delivery_failed'));`);
    this.addSql(`alter table if exists "kitchen_ticket_event" drop constraint if exists "kitchen_ticket_event_status_check";`);
    this.addSql(`alter table if exists "kitchen_ticket_event" add constraint "kitchen_ticket_event_status_check" check("status" in ('scheduled', 'received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled', 'delivery_failed'));`);
    this.addSql(`alter table if exists "kitchen_ticket" add column if not exists "scheduled_for" timestamptz null, add column if not exists "capacity_slot_at" timestamptz null, add column if not exists "pizzas" integer not null default 0, add column if not exists "fire_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kitchen_ticket_stock_location_id_capacity_slot_at" ON "kitchen_ticket" ("stock_location_id", "capacity_slot_at") WHERE capacity_slot_at IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kitchen_ticket_fire_at" ON "kitchen_ticket" ("fire_at") WHERE status = 'scheduled' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kitchen_capacity" ("id" text not null, "stock_location_id" text not null, "pizzas_per_slot" integer null, "day_parts" jsonb null, "delivery_lead_minutes" integer not null default 30, "pickup_lead_minutes" integer not null default 20, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kitchen_capacity_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kitchen_capacity_stock_location_id_unique" ON "kitchen_capacity" ("stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kitchen_capacity_deleted_at" ON "kitchen_capacity" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cart_slot" ("id" text not null, "cart_id" text not null, "scheduled_for" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cart_slot_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cart_slot_cart_id_unique" ON "cart_slot" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_slot_deleted_at" ON "cart_slot" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cart_slot" cascade;`);
    this.addSql(`drop table if exists "kitchen_capacity" cascade;`);
    this.addSql(`drop index if exists "IDX_kitchen_ticket_stock_location_id_capacity_slot_at";`);
    this.addSql(`drop index if exists "IDX_kitchen_ticket_fire_at";`);
    this.addSql(`alter table if exists "kitchen_ticket" drop column if exists "scheduled_for", drop column if exists "capacity_slot_at", drop column if exists "pizzas", drop column if exists "fire_at";`);
    this.addSql(`alter table if exists "kitchen_ticket" drop constraint if exists "kitchen_ticket_status_check";`);
    this.addSql(`alter table if exists "kitchen_ticket" add constraint "kitchen_ticket_status_check" check("status" in ('received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled', 'delivery_failed'));`);
    this.addSql(`alter table if exists "kitchen_ticket_event" drop constraint if exists "kitchen_ticket_event_status_check";`);
    this.addSql(`alter table if exists "kitchen_ticket_event" add constraint "kitchen_ticket_event_status_check" check("status" in ('received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled', 'delivery_failed'));`);
  }

}
