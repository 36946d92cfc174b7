import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129073131 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_location" drop constraint if exists "service_location_stock_location_id_unique";`);
    this.addSql(`alter table if exists "geocoded_address" drop constraint if exists "geocoded_address_query_unique";`);
    this.addSql(`create table if not exists "delivery_zone" ("id" text not null, "stock_location_id" text not null, "name" text not null, "kind" text check ("kind" in ('polygon', 'radius', 'postcodes')) not null, "polygon" jsonb null, "center_lat" real null, "center_lng" real null, "radius_km" real null, "postal_codes" text[] not null default '{}', "fee" numeric not null default 0, "min_order" numeric not null default 0, "free_delivery_threshold" numeric null, "eta_base_minutes" integer not null default 20, "is_active" boolean not null default true, "priority" integer not null default 0, "raw_fee" jsonb not null default '{"value":"0","precision":20}', "raw_min_order" jsonb not null default '{"value":"0","precision":20}', "raw_free_delivery_threshold" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_zone_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_zone_stock_location_id" ON "delivery_zone" ("stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_zone_deleted_at" ON "delivery_zone" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "geocoded_address" ("id" text not null, "query" text not null, "found" boolean not null default true, "latitude" real null, "longitude" real null, "postal_code" text null, "formatted_address" text null, "source" text check ("source" in ('google', 'gazetteer')) not null, "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "geocoded_address_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_geocoded_address_query_unique" ON "geocoded_address" ("query") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_geocoded_address_deleted_at" ON "geocoded_address" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_location" ("id" text not null, "stock_location_id" text not null, "latitude" real not null, "longitude" real not null, "timezone" text not null default 'Europe/Paris', "opening_hours" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_location_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_location_stock_location_id_unique" ON "service_location" ("stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_location_deleted_at" ON "service_location" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_closure" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, "service_location_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_closure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_closure_service_location_id" ON "service_closure" ("service_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_closure_deleted_at" ON "service_closure" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "service_closure" add constraint "service_closure_service_location_id_foreign" foreign key ("service_location_id") references "service_location" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_closure" drop constraint if exists "service_closure_service_location_id_foreign";`);

    this.addSql(`drop table if exists "delivery_zone" cascade;`);

    this.addSql(`drop table if exists "geocoded_address" cascade;`);

    this.addSql(`drop table if exists "service_location" cascade;`);

    this.addSql(`drop table if exists "service_closure" cascade;`);
  }

}
