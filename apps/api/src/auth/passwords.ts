import { hash, verify } from '@node-rs/argon2';

// Argon2id is the library's default algorithm; OWASP's baseline cost (19 MiB, 2 passes) is strong
// enough and quick enough for tests.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the e-mail is unknown, so timing does not reveal which addresses exist. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword('not-a-real-password-decoy'));
