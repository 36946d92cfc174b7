import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "recipe" add column if not exists "options" jsonb not null default '{"removable":[],"extras":[],"max_extras":0}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "recipe" drop column if exists "options";`);
  }

}
