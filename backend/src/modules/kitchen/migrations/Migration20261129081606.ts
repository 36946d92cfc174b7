import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129081606 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kitchen_ticket" drop constraint if exists "kitchen_ticket_tracking_token_unique";`);
    this.addSql(`alter table if exists "kitchen_ticket" drop constraint if exists "kitchen_ticket_order_id_unique";`);
    this.addSql(`create table if not exists "kitchen_ticket" ("id" text not null, "order_id" text not null, "stock_location_id" text not null, "kind" text check ("kind" in ('delivery', 'pickup')) not null, "status" text check ("status" in ('received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled')) not null default 'received', "tracking_token" text not null, "estimated_ready_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kitchen_ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kitchen_ticket_order_id_unique" ON "kitchen_ticket" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kitchen_ticket_stock_location_id" ON "kitchen_ticket" ("stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kitchen_ticket_tracking_token_unique" ON "kitchen_ticket" ("tracking_token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kitchen_ticket_deleted_at" ON "kitchen_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kitchen_ticket_event" ("id" text not null, "status" text check ("status" in ('received', 'preparing', 'ready', 'out_for_delivery', 'delivered', 'collected', 'cancelled')) not null, "at" timestamptz not null, "actor" text null, "note" text null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kitchen_ticket_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kitchen_ticket_event_ticket_id" ON "kitchen_ticket_event" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kitchen_ticket_event_deleted_at" ON "kitchen_ticket_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "kitchen_ticket_event" add constraint "kitchen_ticket_event_ticket_id_foreign" foreign key ("ticket_id") references "kitchen_ticket" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kitchen_ticket_event" drop constraint if exists "kitchen_ticket_event_ticket_id_foreign";`);

    this.addSql(`drop table if exists "kitchen_ticket" cascade;`);

    this.addSql(`drop table if exists "kitchen_ticket_event" cascade;`);
  }

}
