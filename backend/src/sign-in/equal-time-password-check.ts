import { createHmac, randomBytes, scrypt } from "node:crypto"
import { promisify } from "node:util"

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>

/** scrypt parameters as `@medusajs/auth-emailpass` takes them (`hashConfig`), and its default. */
export type ScryptConfig = { logN: number; r: number; p: number }
export const MEDUSA_EMAILPASS_DEFAULT: ScryptConfig = { logN: 15, r: 8, p: 1 }

const SALT = randomBytes(32)

/**
 * The work Medusa's emailpass provider does to check a password against a
 * stored hash (scrypt-kdf's verify: scrypt into 64 bytes with the hash's
 * parameters, then an HMAC), done against nothing. Run for an e-mail without
 * a password, so that its answer takes as long as a real account's.
 */
export async function checkPasswordAgainstNothing(password: string, config: ScryptConfig = MEDUSA_EMAILPASS_DEFAULT): Promise<void> {
  const key = await scryptAsync(password, SALT, 64, { N: 2 ** config.logN, r: config.r, p: config.p, maxmem: 2 ** 31 - 1 })
  createHmac("sha256", key.subarray(32)).update(SALT).digest()
}
