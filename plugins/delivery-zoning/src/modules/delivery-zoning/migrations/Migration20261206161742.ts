import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The geocoding cache also keeps the Base Adresse Nationale's answers (source "ban"). */
export class Migration20261206161742 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "geocoded_address" drop constraint if exists "geocoded_address_source_check";`)
    this.addSql(`alter table if exists "geocoded_address" add constraint "geocoded_address_source_check" check ("source" in ('google', 'gazetteer', 'ban'));`)
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "geocoded_address" where "source" = 'ban';`)
    this.addSql(`alter table if exists "geocoded_address" drop constraint if exists "geocoded_address_source_check";`)
    this.addSql(`alter table if exists "geocoded_address" add constraint "geocoded_address_source_check" check ("source" in ('google', 'gazetteer'));`)
  }
}
