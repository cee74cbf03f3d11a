// Stands in for @grpc/proto-loader inside the bridge bundle (see build/bridge.mjs). grpc-js
// requires it only to serve channelz or ORCA, which the bridge does not use.
'use strict';
function unavailable() {
  throw new Error('@grpc/proto-loader is not bundled with the bridge (channelz and ORCA are not supported)');
}
module.exports = {loadSync: unavailable, load: unavailable, fromJSON: unavailable, loadFileDescriptorSetFromBuffer: unavailable, loadFileDescriptorSetFromObject: unavailable};
