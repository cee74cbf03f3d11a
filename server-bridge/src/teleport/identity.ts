/**
 * Teleport client credentials: an identity file (`tctl auth sign --format=file`, tbot `identity`)
 * or the key / certificate / CA trio (`--format=tls`, tbot `key` + `tlscert` + `tlscacerts`).
 */
import {createHash, createPrivateKey, X509Certificate, type KeyObject} from 'node:crypto';
import {readFileSync} from 'node:fs';

export interface TeleportCredentials {
  /** PEM private key. */
  key: Buffer;
  /** PEM client certificate. */
  cert: Buffer;
  /** PEM bundle of the trusted Teleport CA certificates (gRPC root certs). */
  ca: Buffer;
  /** Cluster name, from the CA that issued the client certificate (Teleport names CAs after the cluster). */
  clusterName: string;
  /** Teleport user the certificate identifies (subject CN). */
  user: string;
  notAfter: Date;
  /** Where these came from, for log lines and error messages. */
  origin: string;
  /** Changes whenever any of key, cert or CA changes. */
  fingerprint: string;
}

export type IdentitySpec = {identityFile: string} | {keyFile: string; certFile: string; caFile: string};

/**
 * What is wrong with a credentials file, so the operator is told what to do about it:
 * - unreadable: missing or not readable (path, permissions, tbot not started yet);
 * - truncated: ends in the middle (cut off while written or copied);
 * - malformed: complete but not an identity (wrong file, corrupted);
 * - key-mismatch: the key belongs to another certificate (pieces of two issues mixed).
 * `expired` and `other-cluster` are decided by the credential source, which knows the time and
 * the cluster the bridge is connected to.
 */
export type IdentityProblemKind = 'unreadable' | 'truncated' | 'malformed' | 'key-mismatch' | 'expired' | 'other-cluster';

export class IdentityError extends Error {
  override name = 'IdentityError';
  constructor(
    message: string,
    readonly kind: IdentityProblemKind = 'malformed',
  ) {
    super(message);
  }
}

interface PemBlock {
  type: string;
  pem: string;
  line: number;
}

const PRIVATE_KEY_TYPES = new Set(['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY']);

/** Splits PEM text into blocks, skipping the SSH certificate and `@cert-authority` lines. */
function readPemBlocks(text: string, origin: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  const lines = text.split(/\r?\n/);
  let open: {type: string; lines: string[]; line: number} | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const begin = /^-----BEGIN ([A-Z0-9 ]+)-----$/.exec(line);
    const end = /^-----END ([A-Z0-9 ]+)-----$/.exec(line);
    if (open) {
      open.lines.push(line);
      if (end) {
        if (end[1] !== open.type) {
          throw new IdentityError(`${origin}: line ${i + 1}: "END ${end[1]}" closes a "BEGIN ${open.type}" block`);
        }
        blocks.push({type: open.type, pem: open.lines.join('\n') + '\n', line: open.line});
        open = null;
      }
      continue;
    }
    if (begin?.[1]) {
      open = {type: begin[1], lines: [line], line: i + 1};
      continue;
    }
    // Outside PEM blocks: the SSH certificate line (`…-cert-v01@openssh.com`), `@cert-authority`
    // known_hosts lines and blanks. A TLS-only client needs none of them, so they are skipped.
  }
  if (open) throw new IdentityError(`${origin}: PEM block "${open.type}" starting at line ${open.line} has no END line`, 'truncated');
  return blocks;
}

function parseKey(block: PemBlock | undefined, origin: string): KeyObject {
  if (!block) throw new IdentityError(`${origin}: no private key PEM block`, 'truncated');
  if (!PRIVATE_KEY_TYPES.has(block.type)) {
    throw new IdentityError(`${origin}: expected a private key PEM block first, found "${block.type}" at line ${block.line}`);
  }
  try {
    return createPrivateKey(block.pem);
  } catch (err) {
    throw new IdentityError(`${origin}: private key at line ${block.line} does not parse: ${(err as Error).message}`);
  }
}

function parseCert(block: PemBlock, origin: string, what: string): X509Certificate {
  if (block.type !== 'CERTIFICATE') {
    throw new IdentityError(`${origin}: expected a CERTIFICATE PEM block for the ${what} at line ${block.line}, found "${block.type}"`);
  }
  try {
    return new X509Certificate(block.pem);
  } catch (err) {
    throw new IdentityError(`${origin}: ${what} at line ${block.line} does not parse: ${(err as Error).message}`);
  }
}

/** Reads one attribute (CN, O, …) from node's multi-line distinguished name text. */
export function dnAttribute(dn: string, attr: string): string | null {
  for (const line of dn.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0 && line.slice(0, eq).trim() === attr) return line.slice(eq + 1).trim();
  }
  return null;
}

function assemble(key: KeyObject, keyPem: string, cert: X509Certificate, certPem: string, cas: X509Certificate[], caPems: string[], origin: string): TeleportCredentials {
  if (cas.length === 0) throw new IdentityError(`${origin}: no CA certificate PEM block after the client certificate`, 'truncated');
  if (!cert.checkPrivateKey(key)) {
    throw new IdentityError(`${origin}: the private key does not match the client certificate (${cert.subject.replace(/\n/g, ', ')})`, 'key-mismatch');
  }
  const user = dnAttribute(cert.subject, 'CN');
  if (!user) throw new IdentityError(`${origin}: the client certificate has no subject CN (the Teleport user name)`);
  // Prefer the CA that issued the client certificate: with trusted clusters the bundle may hold several.
  const issuer = cas.find((ca) => cert.checkIssued(ca)) ?? cas[0]!;
  const clusterName = dnAttribute(issuer.subject, 'CN') ?? dnAttribute(issuer.subject, 'O');
  if (!clusterName) throw new IdentityError(`${origin}: the CA certificate has no subject CN or O (the cluster name)`);
  const caPem = caPems.join('');
  const fingerprint = createHash('sha256').update(keyPem).update(certPem).update(caPem).digest('hex');
  return {
    key: Buffer.from(keyPem),
    cert: Buffer.from(certPem),
    ca: Buffer.from(caPem),
    clusterName,
    user,
    notAfter: new Date(cert.validTo),
    origin,
    fingerprint,
  };
}

/** Parses identity-file text. `origin` names the file in error messages. */
export function parseIdentityFile(text: string, origin: string): TeleportCredentials {
  const what = `identity file ${origin}`;
  const blocks = readPemBlocks(text, what);
  const [keyBlock, certBlock, ...caBlocks] = blocks;
  const key = parseKey(keyBlock, what);
  if (!certBlock) throw new IdentityError(`${what}: no TLS certificate PEM block after the private key`, 'truncated');
  const cert = parseCert(certBlock, what, 'client TLS certificate');
  const cas = caBlocks.map((b) => parseCert(b, what, 'CA certificate'));
  return assemble(
    key,
    keyBlock!.pem,
    cert,
    certBlock.pem,
    cas,
    caBlocks.map((b) => b.pem),
    what,
  );
}

/** Parses the key / certificate / CA bundle trio. */
export function parseTrio(texts: {key: string; cert: string; ca: string}, files: {keyFile: string; certFile: string; caFile: string}): TeleportCredentials {
  const keyBlocks = readPemBlocks(texts.key, `key file ${files.keyFile}`);
  const key = parseKey(keyBlocks[0], `key file ${files.keyFile}`);
  const certWhat = `certificate file ${files.certFile}`;
  const certBlock = readPemBlocks(texts.cert, certWhat)[0];
  if (!certBlock) throw new IdentityError(`${certWhat}: no CERTIFICATE PEM block`, 'truncated');
  const cert = parseCert(certBlock, certWhat, 'client TLS certificate');
  const caWhat = `CA file ${files.caFile}`;
  const caBlocks = readPemBlocks(texts.ca, caWhat);
  const cas = caBlocks.map((b) => parseCert(b, caWhat, 'CA certificate'));
  if (cas.length === 0) throw new IdentityError(`${caWhat}: no CA certificate PEM block`, 'truncated');
  return assemble(
    key,
    keyBlocks[0]!.pem,
    cert,
    certBlock.pem,
    cas,
    caBlocks.map((b) => b.pem),
    `${files.certFile} (+ key, CA)`,
  );
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new IdentityError(`${what} ${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'unreadable');
  }
}

/** Reads and validates credentials from disk. Throws IdentityError naming the file and the problem. */
export function loadCredentials(spec: IdentitySpec): TeleportCredentials {
  if ('identityFile' in spec) return parseIdentityFile(readText(spec.identityFile, 'identity file'), spec.identityFile);
  return parseTrio(
    {
      key: readText(spec.keyFile, 'key file'),
      cert: readText(spec.certFile, 'certificate file'),
      ca: readText(spec.caFile, 'CA file'),
    },
    spec,
  );
}

export function identityFiles(spec: IdentitySpec): string[] {
  return 'identityFile' in spec ? [spec.identityFile] : [spec.keyFile, spec.certFile, spec.caFile];
}
