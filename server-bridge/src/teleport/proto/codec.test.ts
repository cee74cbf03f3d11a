/**
 * The committed static codec (codec.cjs) and the service table in load.ts must speak exactly the
 * wire format the .proto files describe: every method, and every field of every message reachable
 * from them, checked against protobufjs reflection over the .proto sources.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';
import protobuf from 'protobufjs';
import {CONVERSION, loadTeleportProtos} from './load';

const dir = path.dirname(fileURLToPath(import.meta.url));
const root = new protobuf.Root();
root.resolvePath = (_origin, target) => path.join(dir, target);
root.loadSync(['authservice.proto', 'users.proto', 'accessmonitoringrules.proto'], {keepCase: true}).resolveAll();

/** An object with every field of `type` set to a distinct non-default value, nested types included. */
function sample(type: protobuf.Type, depth = 0, seed = {n: 1}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const scalar = (field: protobuf.Field): unknown => {
    const n = seed.n++;
    if (field.resolvedType instanceof protobuf.Enum) {
      const names = Object.keys(field.resolvedType.values);
      return names[n % names.length === 0 ? 1 % names.length : n % names.length];
    }
    if (field.resolvedType instanceof protobuf.Type) return depth < 4 ? sample(field.resolvedType, depth + 1, seed) : {};
    switch (field.type) {
      case 'string':
        return `s${n}`;
      case 'bool':
        return true;
      case 'bytes':
        return Buffer.from([n]);
      case 'int64':
      case 'uint64':
      case 'sint64':
      case 'fixed64':
      case 'sfixed64':
        return String(1_000_000_000_000 + n);
      default:
        return n;
    }
  };
  // One member per oneof, or the encoders would disagree on which wins.
  const skip = new Set(type.oneofsArray.flatMap((o) => o.fieldsArray.slice(1).map((f) => f.name)));
  for (const field of type.fieldsArray) {
    if (skip.has(field.name)) continue;
    if (field.map) out[field.name] = {k1: scalar(field), k2: scalar(field)};
    else if (field.repeated) out[field.name] = [scalar(field), scalar(field)];
    else out[field.name] = scalar(field);
  }
  return out;
}

const services: [string, ReturnType<typeof loadTeleportProtos>[keyof ReturnType<typeof loadTeleportProtos>]][] = [
  ['proto.AuthService', loadTeleportProtos().AuthService],
  ['teleport.users.v1.UsersService', loadTeleportProtos().UsersService],
  ['teleport.accessmonitoringrules.v1.AccessMonitoringRulesService', loadTeleportProtos().AccessMonitoringRulesService],
];

describe('static Teleport codec', () => {
  for (const [name, client] of services) {
    const reflected = root.lookupService(name);
    it(`${name}: the same methods, paths and streaming as the .proto`, () => {
      const ours = Object.entries(client.service).map(([m, d]) => [m, d.path, d.requestStream, d.responseStream]);
      const theirs = reflected.methodsArray.map((m) => [m.name, `/${name}/${m.name}`, Boolean(m.requestStream), Boolean(m.responseStream)]);
      assert.deepEqual(ours.sort(), theirs.sort());
    });
    for (const method of reflected.methodsArray) {
      const def = client.service[method.name]!;
      for (const [side, type, serialize, deserialize] of [
        ['request', method.resolvedRequestType!, def.requestSerialize, def.requestDeserialize],
        ['response', method.resolvedResponseType!, def.responseSerialize, def.responseDeserialize],
      ] as const) {
        it(`${name}/${method.name} ${side} (${type.fullName}): same bytes and same decoded object as reflection`, () => {
          const value = sample(type);
          const expectedBytes = Buffer.from(type.encode(type.fromObject(value)).finish());
          assert.deepEqual(serialize(value), expectedBytes);
          assert.deepEqual(deserialize(expectedBytes), type.toObject(type.decode(expectedBytes), CONVERSION));
        });
      }
    }
  }
});
