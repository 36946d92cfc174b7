import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129050659 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "recipe_item" drop constraint if exists "recipe_item_recipe_id_variant_id_inventory_item_id_unique";`);
    this.addSql(`alter table if exists "recipe" drop constraint if exists "recipe_product_id_unique";`);
    this.addSql(`create table if not exists "recipe" ("id" text not null, "product_id" text not null, "steps" jsonb not null default '{"list":[]}', "bake_minutes" integer null, "bake_temperature_c" integer null, "notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recipe_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_recipe_product_id_unique" ON "recipe" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recipe_deleted_at" ON "recipe" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "recipe_item" ("id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "quantity" numeric not null, "rank" integer not null default 0, "recipe_id" text not null, "raw_quantity" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recipe_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recipe_item_recipe_id" ON "recipe_item" ("recipe_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recipe_item_deleted_at" ON "recipe_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_recipe_item_recipe_id_variant_id_inventory_item_id_unique" ON "recipe_item" ("recipe_id", "variant_id", "inventory_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "recipe_item" add constraint "recipe_item_recipe_id_foreign" foreign key ("recipe_id") references "recipe" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "recipe_item" drop constraint if exists "recipe_item_recipe_id_foreign";`);

    this.addSql(`drop table if exists "recipe" cascade;`);

    this.addSql(`drop table if exists "recipe_item" cascade;`);
  }

}
