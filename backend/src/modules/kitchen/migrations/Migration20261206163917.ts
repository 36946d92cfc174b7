import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206163917 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kitchen_ticket" add column if not exists "ride_minutes" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kitchen_ticket" drop column if exists "ride_minutes";`);
  }

}
