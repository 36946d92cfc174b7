import { defineConfig } from "@medusajs/framework/utils"
import { useFastEntityIds } from "./src/config/entity-ids"
import { loadEnvFile } from "./src/config/load-env-file"
import { readSettings } from "./src/config/settings"

loadEnvFile()
// every process (server, worker, exec, tests) loads this file before it writes a record
useFastEntityIds()
const settings = readSettings()
const redis = settings.redisUrl

// Several processes (servers + worker) only agree through Redis; one process
// keeps everything in memory, except locks, which go to PostgreSQL so that a
// second process started against the same database stays safe.
const scaleOutModules = redis
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: redis } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: redis } } },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [{ resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: redis } }],
        },
      },
    ]
  : []

// Without Redis: Medusa's PostgreSQL provider, taking a call's locks in one order (src/modules/ordered-locking)
const lockingProvider = redis
  ? { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl: redis } }
  : { resolve: "./src/modules/ordered-locking", id: "locking-postgres", is_default: true }

const stripeProvider = settings.stripe
  ? [
      {
        resolve: "@medusajs/medusa/payment-stripe",
        id: "stripe",
        options: {
          apiKey: settings.stripe.apiKey,
          webhookSecret: settings.stripe.webhookSecret,
          // authorized at checkout, captured when a pizzaiolo starts the order
          capture: false,
          // no automatic methods: each PaymentIntent names its methods, cards only (asynchronous ones would
          // stay "processing" after checkout), set by backend/src/api/store/payment-collections/middlewares.ts
          automaticPaymentMethods: false,
        },
      },
    ]
  : []

// without a relay the same provider only logs a line per e-mail (never its links), under the id "local"
const emailProvider = {
  resolve: "./src/modules/smtp-notification",
  id: settings.mail.smtp ? "smtp" : "local",
  options: { channels: ["email"], smtp: settings.mail.smtp, from: settings.mail.from },
}

export default defineConfig({
  // Medusa's Translation Module (products, variants, categories, and the recipes plugin's
  // ingredient names): the menu in the shopper's language, backend/src/menu/read-menu-catalogue.ts
  featureFlags: { translation: true },
  projectConfig: {
    databaseUrl: settings.databaseUrl,
    redisUrl: redis,
    workerMode: settings.workerMode,
    http: {
      storeCors: settings.storeCors,
      adminCors: settings.adminCors,
      authCors: settings.authCors,
      jwtSecret: settings.jwtSecret,
      cookieSecret: settings.cookieSecret,
    },
    // The admin's session cookie (connect.sid) rides only on requests the dashboard itself makes:
    // never on a link or a form from another site. Medusa keeps Secure in production and the
    // session's life (10 h from sign-in, not renewed by activity: sessionOptions.ttl, rolling).
    cookieOptions: { sameSite: "strict", httpOnly: true },
  },
  // The admin calls the API on its own origin, so one build serves any address.
  admin: {
    disable: settings.adminDisabled || settings.workerMode === "worker",
    // Medusa would bake MEDUSA_BACKEND_URL into the dashboard at build time; its
    // own origin keeps one build valid at any address, under its connect-src 'self'
    backendUrl: "/",
  },
  plugins: [
    { resolve: "@oc-pizza/medusa-plugin-recipes", options: {} },
    { resolve: "@oc-pizza/medusa-plugin-ingredient-stock", options: { lock: settings.stockLock } },
    {
      resolve: "@oc-pizza/medusa-plugin-delivery-zoning",
      options: {
        googleMapsApiKey: settings.googleMapsApiKey,
        googleMapsBrowserKey: settings.googleMapsBrowserKey,
        // the Base Adresse Nationale (BAN_API_URL), France's geocoder when no Google key is set
        banApiUrl: settings.banApiUrl,
        // the admin's open map without a browser key: its tile server (MAP_TILE_URL) and credit
        mapTileUrl: settings.mapTiles.url,
        mapTileAttribution: settings.mapTiles.attribution,
        region: "fr",
      },
    },
  ],
  modules: [
    ...scaleOutModules,
    // OC Pizza's own: one kitchen ticket per order, its lifecycle and history
    { resolve: "./src/modules/kitchen" },
    // OC Pizza's own: each admin user's role and pizzerias
    { resolve: "./src/modules/staff" },
    { resolve: "@medusajs/medusa/locking", options: { providers: [lockingProvider] } },
    {
      resolve: "@medusajs/medusa/fulfillment",
      // the zone-priced delivery provider reads the zoning plugin's module
      dependencies: ["deliveryZoning"],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "@oc-pizza/medusa-plugin-delivery-zoning/providers/zone-delivery", id: "zone-delivery" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      // Medusa processes a payment webhook 5 s after it arrives; its `webhook_delay` option is not read
      // (the hook route looks for it where the payment module does not keep its options)
      options: { providers: stripeProvider },
    },
    // e-mails go to the SMTP relay when one is named; otherwise (development, tests,
    // OCP_MAIL_DISABLED=true) one line each is written to the log
    { resolve: "@medusajs/medusa/notification", options: { providers: [emailProvider] } },
    // the catalogue's texts in other languages than French (flag `translation` above)
    { resolve: "@medusajs/medusa/translation" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: `${settings.backendUrl}/static`, upload_dir: settings.uploadDir },
          },
        ],
      },
    },
  ],
})
