/** What `teleport-mattermost-bridge configure` prints. */
export const EXAMPLE_CONFIG = `# teleport-mattermost-bridge configuration (TOML).
# Behaviour (routing, in-chat reviews, identity mapping, reminders) is set in the Mattermost
# System Console under Plugins > Teleport Access Requests; this file holds only how to connect.
# Every value can be overridden by an environment variable (TMA_<SECTION>_<KEY>, e.g. TMA_MATTERMOST_TOKEN).

[teleport]
# Auth Service (host:3025), or the Proxy with TLS routing (host:443) with mode = "proxy".
addr = "teleport.example.com:443"
mode = "proxy"
# Identity file written by tbot (Machine ID) or \`tctl auth sign --format=file\`.
# It is re-read when it changes; tbot renews it every ~20 minutes.
identity = "/var/lib/teleport-mattermost-bridge/identity"
# Or the key / certificate / CA trio of \`tctl auth sign --format=tls\`:
# client_key = "/var/lib/teleport-mattermost-bridge/auth.key"
# client_crt = "/var/lib/teleport-mattermost-bridge/auth.crt"
# root_cas = "/var/lib/teleport-mattermost-bridge/auth.cas"
refresh_identity_interval = "1m"

[mattermost]
url = "https://mattermost.example.com"
# The bot's access token, or a path to a file holding it (a leading / means a file).
token = "/var/lib/teleport-mattermost-bridge/mattermost-token"
plugin_id = "dev.accessbridge.teleport"
settings_poll_interval = "30s"

[http]
# Where the bridge listens for Mattermost's calls (buttons, dialogs, /teleport) and for
# /healthz, /readyz and /metrics. Keep it reachable from the Mattermost server only.
listen = "0.0.0.0:8081"
# The URL Mattermost uses to reach the bridge. Add its host to Mattermost's
# ServiceSettings.AllowedUntrustedInternalConnections when it is a private address.
public_url = "http://teleport-bridge.internal:8081"
# HMAC key signing button and dialog tokens: at least 32 characters, the same on every replica.
# A leading / means a file (e.g. generated with: openssl rand -hex 32 > /var/lib/.../secret).
secret = "/var/lib/teleport-mattermost-bridge/secret"

[bridge]
# Plugin-data key in Teleport. All replicas of one bridge share it.
plugin_name = "mattermost-access-bridge"
# How many requests are handled at once (events of one request are always in order).
concurrency = 64
# Names this replica in work leases. Default: host name and listening port, stable across restarts.
# Run several replicas with the same secret and plugin_name; give each its own replica_id when they
# share a host name. A dead replica's unfinished work is taken over within 30 s.
# replica_id = "bridge-1"

[log]
level = "info"
`;
