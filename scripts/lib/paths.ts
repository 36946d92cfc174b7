import { resolve } from "node:path"

export const ROOT = resolve(__dirname, "..", "..")
export const BACKEND = resolve(ROOT, "backend")
export const BACKEND_BUILD = resolve(BACKEND, ".medusa", "server")
export const STOREFRONT = resolve(ROOT, "storefront")
export const PLUGINS = ["recipes", "ingredient-stock", "delivery-zoning"].map((name) => resolve(ROOT, "plugins", name))
export const DATA = resolve(ROOT, ".data")
export const PG_DATA = resolve(DATA, "postgres")
export const STATE_FILE = resolve(DATA, "state.json")
/** The demo's caught e-mails, kept across restarts of `npm start`. */
export const MAIL_DIR = resolve(DATA, "mail")
/** This install's own signing secrets (mode 0600), made by `npm start` when none are set. */
export const SECRETS_FILE = resolve(DATA, "secrets.json")

/** Uploaded files (product pictures); Medusa serves them from its working folder's static/. */
export const UPLOADS = process.env.OCP_UPLOAD_DIR ? resolve(process.env.OCP_UPLOAD_DIR) : resolve(DATA, "uploads")
