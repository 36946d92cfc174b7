import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "recipe_ingredient" drop constraint if exists "recipe_ingredient_inventory_item_id_unique";`);
    this.addSql(`create table if not exists "recipe_ingredient" ("id" text not null, "inventory_item_id" text not null, "name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recipe_ingredient_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_recipe_ingredient_inventory_item_id_unique" ON "recipe_ingredient" ("inventory_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recipe_ingredient_deleted_at" ON "recipe_ingredient" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recipe_ingredient" cascade;`);
  }

}
