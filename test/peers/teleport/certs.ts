/**
 * Run-time PKI for the in-repo Teleport peer, and identity files in the layouts `tctl auth sign`
 * writes. Reusable by any test that needs a Teleport-like identity.
 *
 * Teleport names its CAs after the cluster and puts the user name in the client certificate's
 * CN, so a client (and this peer) can recover both from the certificates alone.
 */
// @peculiar/x509 2.x resolves its ASN.1 schemas through tsyringe, which needs a Reflect polyfill.
import 'reflect-metadata';
import {randomBytes, webcrypto} from 'node:crypto';
import {mkdir, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** Re-exported so callers get the library with its polyfill and crypto provider already set up. */
export {x509};

const EC_KEY: EcKeyGenParams = {name: 'ECDSA', namedCurve: 'P-256'};
const SIGNING: EcdsaParams = {name: 'ECDSA', hash: 'SHA-256'};
// Certificates start a little in the past so a peer whose clock is slightly behind still accepts them.
const CLOCK_SKEW_MS = 60_000;

export interface ClusterCA {
  clusterName: string;
  certPem: string;
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
}

export interface IssuedCert {
  certPem: string;
  /** PKCS#8 ("PRIVATE KEY") PEM. */
  keyPem: string;
  notAfter: Date;
}

export interface UserCert extends IssuedCert {
  user: string;
  roles: string[];
}

/** Teleport encodes the cluster name as lowercase hex in SNI names and the auth ALPN route. */
export function hexClusterName(clusterName: string): string {
  return Buffer.from(clusterName, 'utf8').toString('hex');
}

/** The SNI name Teleport clients use towards Auth. */
export const AUTH_SERVER_NAME = 'teleport.cluster.local';

/** ALPN protocol a client offers to reach Auth through the Proxy's TLS routing. */
export function authAlpnProtocol(clusterName: string): string {
  return `teleport-auth@${hexClusterName(clusterName)}.${AUTH_SERVER_NAME}`;
}

function escapeRdn(value: string): string {
  // RFC 4514 escaping for the characters that would otherwise split the name.
  return value.replace(/([,+"\\<>;=])/g, '\\$1').replace(/^([ #])/, '\\$1');
}

async function keyPair(): Promise<CryptoKeyPair> {
  return await webcrypto.subtle.generateKey(EC_KEY, true, ['sign', 'verify']);
}

async function pkcs8Pem(key: CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

function serial(): string {
  // Positive 128-bit serial (high bit cleared so DER does not need a sign byte).
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

export async function createClusterCA(clusterName: string, validDays = 30): Promise<ClusterCA> {
  const keys = await keyPair();
  const name = `CN=${escapeRdn(clusterName)}, O=${escapeRdn(clusterName)}`;
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name,
    notBefore: new Date(now - CLOCK_SKEW_MS),
    notAfter: new Date(now + validDays * 86_400_000),
    signingAlgorithm: SIGNING,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return {clusterName, cert, keys, certPem: cert.toString('pem')};
}

async function issue(ca: ClusterCA, subject: string, notAfter: Date, extensions: x509.Extension[]): Promise<IssuedCert> {
  const keys = await keyPair();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject,
    issuer: ca.cert.subject,
    notBefore: new Date(Date.now() - CLOCK_SKEW_MS),
    notAfter,
    signingAlgorithm: SIGNING,
    publicKey: keys.publicKey,
    signingKey: ca.keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      await x509.AuthorityKeyIdentifierExtension.create(ca.keys.publicKey),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ...extensions,
    ],
  });
  return {certPem: cert.toString('pem'), keyPem: await pkcs8Pem(keys.privateKey), notAfter};
}

/** Auth server certificate with the names Teleport clients dial. */
export async function issueServerCert(ca: ClusterCA, validDays = 30): Promise<IssuedCert> {
  const names = [AUTH_SERVER_NAME, `${hexClusterName(ca.clusterName)}.${AUTH_SERVER_NAME}`, 'localhost'];
  return issue(ca, `CN=${AUTH_SERVER_NAME}, O=Auth`, new Date(Date.now() + validDays * 86_400_000), [
    new x509.SubjectAlternativeNameExtension([...names.map((value) => ({type: 'dns' as const, value})), {type: 'ip' as const, value: '127.0.0.1'}]),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
  ]);
}

/** User client certificate: CN = Teleport user name, O = roles (as Teleport's TLS identity does). */
export async function issueUserCert(ca: ClusterCA, user: string, ttlSeconds: number, roles: string[] = []): Promise<UserCert> {
  if (!user) throw new Error('issueUserCert: user must be a non-empty Teleport user name');
  if (!(ttlSeconds > 0)) throw new Error(`issueUserCert: ttlSeconds must be > 0, got ${ttlSeconds}`);
  const subject = [`CN=${escapeRdn(user)}`, ...roles.map((r) => `O=${escapeRdn(r)}`)].join(', ');
  const issued = await issue(ca, subject, new Date(Date.now() + ttlSeconds * 1000), [new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth])]);
  return {...issued, user, roles};
}

/**
 * A syntactically well-formed OpenSSH certificate line. TLS-only clients skip it, but Teleport's
 * own identity-file reader refuses a file without one, so the layout keeps it.
 */
function fakeSshCertLine(user: string, clusterName: string): string {
  const type = 'ssh-ed25519-cert-v01@openssh.com';
  const field = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  const blob = Buffer.concat([field(Buffer.from(type)), field(randomBytes(32)), field(randomBytes(32))]);
  return `${type} ${blob.toString('base64')} ${user}@${clusterName}`;
}

function fakeSshCaLine(clusterName: string): string {
  const type = 'ssh-ed25519';
  const len = Buffer.alloc(4);
  len.writeUInt32BE(type.length);
  const blob = Buffer.concat([len, Buffer.from(type), Buffer.from([0, 0, 0, 32]), randomBytes(32)]);
  return `@cert-authority ${clusterName},*.${clusterName} ${type} ${blob.toString('base64')} type=host`;
}

const ensureNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

/** `tctl auth sign --format=file`: key, SSH cert, TLS cert, @cert-authority line(s), CA PEM(s). */
export function renderIdentityFile(cert: UserCert, ca: ClusterCA, extraCaPems: string[] = []): string {
  return [
    ensureNewline(cert.keyPem),
    `${fakeSshCertLine(cert.user, ca.clusterName)}\n`,
    ensureNewline(cert.certPem),
    `${fakeSshCaLine(ca.clusterName)}\n`,
    ensureNewline(ca.certPem),
    ...extraCaPems.map(ensureNewline),
  ].join('');
}

/** Atomic write, so a client re-reading a rotated file never sees half of it. */
async function writeAtomic(file: string, text: string, mode = 0o600): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true});
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, text, {mode});
  await rename(tmp, file);
}

/** Issues a fresh certificate for `user` and (re)writes the identity file at `file`. */
export async function writeIdentityFile(file: string, ca: ClusterCA, user: string, ttlSeconds: number, roles: string[] = []): Promise<UserCert> {
  const cert = await issueUserCert(ca, user, ttlSeconds, roles);
  await writeAtomic(file, renderIdentityFile(cert, ca));
  return cert;
}

/** Rotation is a rewrite with a fresh key and certificate, as tbot does on renewal. */
export const rotateIdentityFile = writeIdentityFile;

export interface TlsTrioPaths {
  crt: string;
  key: string;
  cas: string;
}

/** `tctl auth sign --format=tls --out=<prefix>`: <prefix>.crt, <prefix>.key, <prefix>.cas. */
export async function writeTlsTrio(prefix: string, ca: ClusterCA, user: string, ttlSeconds: number, roles: string[] = []): Promise<TlsTrioPaths & {cert: UserCert}> {
  const cert = await issueUserCert(ca, user, ttlSeconds, roles);
  const paths = {crt: `${prefix}.crt`, key: `${prefix}.key`, cas: `${prefix}.cas`};
  await writeAtomic(paths.key, cert.keyPem);
  await writeAtomic(paths.crt, cert.certPem, 0o644);
  await writeAtomic(paths.cas, ca.certPem, 0o644);
  return {...paths, cert};
}

export interface ParsedIdentity {
  keyPem: string;
  certPem: string;
  caPems: string[];
  sshCertLine: string | null;
}

/**
 * Reads an identity file the way Teleport's identityfile package does: first PEM block = key,
 * second = TLS certificate, every further PEM block = trusted CA. Tests use it to build clients.
 */
export function parseIdentityFile(text: string): ParsedIdentity {
  const blocks = [...text.matchAll(/-----BEGIN ([A-Z ]+)-----[\s\S]*?-----END \1-----/g)].map((m) => m[0]);
  const [keyPem, certPem, ...caPems] = blocks;
  if (!keyPem || !/PRIVATE KEY/.test(keyPem)) throw new Error('identity file: first PEM block must be a private key');
  if (!certPem || !/BEGIN CERTIFICATE/.test(certPem)) throw new Error('identity file: second PEM block must be the TLS certificate');
  if (caPems.length === 0) throw new Error('identity file: expected at least one CA certificate after the TLS certificate');
  const sshCertLine = text.split('\n').find((l) => /^\S+-cert-v01@openssh\.com /.test(l)) ?? null;
  return {keyPem: `${keyPem}\n`, certPem: `${certPem}\n`, caPems: caPems.map((c) => `${c}\n`), sshCertLine};
}
