import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206035000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "counter_cart" drop constraint if exists "counter_cart_cart_id_unique";`);
    this.addSql(`create table if not exists "counter_cart" ("id" text not null, "cart_id" text not null, "stock_location_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_cart_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_counter_cart_cart_id_unique" ON "counter_cart" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_counter_cart_deleted_at" ON "counter_cart" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "counter_cart" cascade;`);
  }

}
