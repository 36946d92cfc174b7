import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129050513 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "menu_pause" drop constraint if exists "menu_pause_product_id_stock_location_id_unique";`);
    this.addSql(`alter table if exists "ingredient_location" drop constraint if exists "ingredient_location_ingredient_id_stock_location_id_unique";`);
    this.addSql(`alter table if exists "ingredient" drop constraint if exists "ingredient_inventory_item_id_unique";`);
    this.addSql(`create table if not exists "ingredient" ("id" text not null, "inventory_item_id" text not null, "unit" text check ("unit" in ('g', 'ml', 'piece')) not null, "allergens" jsonb not null default '{"list":[]}', "unit_cost" numeric null, "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ingredient_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ingredient_inventory_item_id_unique" ON "ingredient" ("inventory_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ingredient_deleted_at" ON "ingredient" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ingredient_location" ("id" text not null, "stock_location_id" text not null, "low_stock_threshold" numeric not null default 0, "low_stock_notified_at" timestamptz null, "ingredient_id" text not null, "raw_low_stock_threshold" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ingredient_location_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ingredient_location_stock_location_id" ON "ingredient_location" ("stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ingredient_location_ingredient_id" ON "ingredient_location" ("ingredient_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ingredient_location_deleted_at" ON "ingredient_location" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ingredient_location_ingredient_id_stock_location_id_unique" ON "ingredient_location" ("ingredient_id", "stock_location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "menu_pause" ("id" text not null, "product_id" text not null, "stock_location_id" text not null, "reason" text not null, "until" timestamptz null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "menu_pause_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_menu_pause_deleted_at" ON "menu_pause" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_menu_pause_product_id_stock_location_id_unique" ON "menu_pause" ("product_id", "stock_location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_movement" ("id" text not null, "inventory_item_id" text not null, "stock_location_id" text not null, "type" text check ("type" in ('receipt', 'sale', 'cancel', 'waste', 'count', 'adjustment')) not null, "quantity" numeric not null, "level_after" numeric not null, "counted" numeric null, "actor_type" text not null default 'system', "actor_id" text null, "note" text null, "reference" text null, "raw_quantity" jsonb not null, "raw_level_after" jsonb not null, "raw_counted" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_deleted_at" ON "stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_stock_location_id_created_at" ON "stock_movement" ("stock_location_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_inventory_item_id_stock_location_id" ON "stock_movement" ("inventory_item_id", "stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_reference" ON "stock_movement" ("reference") WHERE reference IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ingredient_location" add constraint "ingredient_location_ingredient_id_foreign" foreign key ("ingredient_id") references "ingredient" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ingredient_location" drop constraint if exists "ingredient_location_ingredient_id_foreign";`);

    this.addSql(`drop table if exists "ingredient" cascade;`);

    this.addSql(`drop table if exists "ingredient_location" cascade;`);

    this.addSql(`drop table if exists "menu_pause" cascade;`);

    this.addSql(`drop table if exists "stock_movement" cascade;`);
  }

}
