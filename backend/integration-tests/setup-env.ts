import { randomBytes } from "node:crypto"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

// Tests upload product pictures to a throw-away folder, never to the demo's.
process.env.OCP_UPLOAD_DIR ??= mkdtempSync(join(tmpdir(), "ocp-uploads-"))
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL ??= "error"
// Signing secrets of this test file, random: the servers a test starts beside
// the runner's (scale-out, crash safety) inherit them and accept its tokens.
process.env.JWT_SECRET ??= randomBytes(32).toString("hex")
process.env.COOKIE_SECRET ??= randomBytes(32).toString("hex")
// The demo accounts' password of this test file: none is written in the repository.
process.env.OCP_DEMO_PASSWORD ??= randomBytes(12).toString("base64url")
// No spec reaches the real Base Adresse Nationale: those that need it set BAN_API_URL and answer with nock.
process.env.BAN_API_URL ??= "off"
