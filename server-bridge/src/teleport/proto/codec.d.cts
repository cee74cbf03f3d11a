// The part of codec.cjs's shape the bridge uses: every message type has the static functions
// below (protobufjs static code). Message shapes are typed by generated/ (proto-loader types).
import type {IConversionOptions, Reader, Writer} from 'protobufjs';

export interface MessageCodec {
  encode(message: object, writer?: Writer): Writer;
  decode(reader: Reader | Uint8Array, length?: number): object;
  fromObject(object: Record<string, unknown>): object;
  toObject(message: object, options?: IConversionOptions): Record<string, unknown>;
}

type Package = Readonly<Record<string, MessageCodec>>;

declare const codec: {
  proto: Package;
  types: Package;
  wrappers: Package;
  teleport: {users: {v1: Package}; accessmonitoringrules: {v1: Package}; header: {v1: Package}};
  google: {protobuf: Package};
};
export = codec;
