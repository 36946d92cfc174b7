import { z } from "@medusajs/framework/zod"
import ingredientsFile from "../../demo-data/ingredients.json"
import menuFile from "../../demo-data/menu.json"
import peopleFile from "../../demo-data/people.json"
import pizzeriasFile from "../../demo-data/pizzerias.json"
import zonesFile from "../../demo-data/zones.json"

/**
 * The demo data files, checked on load: editing the JSON is how the demo
 * changes, and a mistake there is reported with its path, not as a crash.
 */

const address = z.object({
  address_1: z.string(),
  postal_code: z.string(),
  city: z.string(),
  country_code: z.string().length(2),
  phone: z.string(),
})
const time = z.string().regex(/^\d{2}:\d{2}$/)
const day = z.array(z.tuple([time, time]))
const perSize = z.tuple([z.number().positive(), z.number().positive(), z.number().positive()])

const pizzeria = z.object({
  handle: z.string(),
  name: z.string(),
  address,
  location: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }),
  opening_hours: z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }),
  stock_scale: z.number().positive(),
  stock_overrides: z.record(z.string(), z.number().min(0)).optional(),
})

const ingredient = z.object({
  sku: z.string().startsWith("ING-"),
  name: z.string(),
  unit: z.enum(["g", "ml", "piece"]),
  allergens: z.array(z.string()),
  stock: z.number().min(0),
  low_stock: z.number().min(0),
  unit_cost: z.number().min(0),
})

const pizza = z.object({
  handle: z.string(),
  title: z.string(),
  base: z.enum(["tomato", "cream", "pesto"]),
  description: z.string(),
  /** Small, medium, large. */
  prices: perSize,
  /** Ingredient SKU → quantity in its base unit for small, medium, large. */
  ingredients: z.record(z.string(), perSize),
  steps: z.array(z.string()).min(1),
  bake: z.object({ minutes: z.number().int().positive(), temperature_c: z.number().int().positive() }),
})

/** What a customer may change on every pizza: extras (per size, a price and the quantity it adds), and toppings left out (every ingredient but these). */
const customisation = z.object({
  max_extras: z.number().int().min(0),
  never_removed: z.array(z.string()),
  extras: z.array(z.object({ sku: z.string(), prices: z.tuple([z.number().min(0), z.number().min(0), z.number().min(0)]), quantities: perSize })),
})

const stockedItem = z.object({
  handle: z.string(),
  title: z.string(),
  sku: z.string(),
  price: z.number().positive(),
  allergens: z.array(z.string()),
  stock: z.number().min(0),
  color: z.string(),
  description: z.string().optional(),
  alcohol: z.boolean().optional(),
})

const person = z.object({
  email: z.string().email(),
  first_name: z.string(),
  last_name: z.string(),
})

const staffMember = person.extend({
  role: z.enum(["admin", "manager", "pizzaiolo", "driver", "counter"]),
  pizzerias: z.array(z.string()),
})

const customer = person.extend({ phone: z.string(), address })

/** Drawn in the zoning plugin's terms; the plugin's workflow checks the geometry when the seed saves them. */
const zone = z.object({
  name: z.string(),
  kind: z.enum(["polygon", "radius", "postcodes"]),
  polygon: z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))) }).optional(),
  radius_km: z.number().positive().optional(),
  postal_codes: z.array(z.string()).optional(),
  fee: z.number().min(0),
  min_order: z.number().min(0),
  free_delivery_threshold: z.number().min(0).optional(),
  eta_base_minutes: z.number().int().min(0),
  priority: z.number().int(),
})

const closure = z.object({
  pizzerias: z.union([z.literal("all"), z.array(z.string())]),
  starts_at: z.string().datetime({ offset: true }),
  ends_at: z.string().datetime({ offset: true }),
  reason: z.string(),
})

/** Addresses the demo knows without Google: they fill the geocoding cache for good. */
const place = z.object({ address: z.string(), lat: z.number(), lng: z.number(), postal_code: z.string() })

const demoSchema = z.object({
  timezone: z.string(),
  pizzerias: z.array(pizzeria).min(1),
  allergens: z.array(z.string()),
  ingredients: z.array(ingredient),
  categories: z.array(z.object({ handle: z.string(), name: z.string(), description: z.string() })),
  sizes: z.array(z.object({ code: z.string(), title: z.string() })).length(3),
  customisation,
  pizzas: z.array(pizza),
  drinks: z.array(stockedItem),
  desserts: z.array(stockedItem),
  staff: z.array(staffMember),
  customers: z.array(customer),
  zones: z.record(z.string(), z.array(zone)),
  closures: z.array(closure),
  gazetteer: z.array(place),
})

export type DemoPizzeria = z.infer<typeof pizzeria>
export type DemoIngredient = z.infer<typeof ingredient>
export type DemoPizza = z.infer<typeof pizza>
export type DemoStockedItem = z.infer<typeof stockedItem>
export type DemoPerson = z.infer<typeof person>
export type DemoZone = z.infer<typeof zone>

export const demo = demoSchema.parse({
  timezone: pizzeriasFile.timezone,
  pizzerias: pizzeriasFile.pizzerias,
  allergens: ingredientsFile.allergens,
  ingredients: ingredientsFile.ingredients,
  categories: menuFile.categories,
  sizes: menuFile.sizes,
  customisation: menuFile.customisation,
  pizzas: menuFile.pizzas,
  drinks: menuFile.drinks,
  desserts: menuFile.desserts,
  staff: peopleFile.staff,
  customers: peopleFile.customers,
  zones: zonesFile.zones,
  closures: zonesFile.closures,
  gazetteer: zonesFile.gazetteer,
})
