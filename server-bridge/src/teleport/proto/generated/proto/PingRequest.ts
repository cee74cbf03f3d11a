// Original file: src/teleport/proto/authservice.proto


export interface PingRequest {
}

export interface PingRequest__Output {
}
