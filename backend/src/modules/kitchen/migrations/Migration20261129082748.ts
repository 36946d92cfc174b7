import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129082748 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kitchen_ticket" add column if not exists "paid_with" text check ("paid_with" in ('cash', 'card_terminal')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kitchen_ticket" drop column if exists "paid_with";`);
  }

}
