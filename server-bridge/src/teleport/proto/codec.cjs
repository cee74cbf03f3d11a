/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
"use strict";

var $protobuf = require("protobufjs/minimal");

var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.proto = (function() {

    var proto = {};

    proto.PingRequest = (function() {

        function PingRequest(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PingRequest.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        PingRequest.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.PingRequest();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PingRequest.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.PingRequest)
                return d;
            return new $root.proto.PingRequest();
        };

        PingRequest.toObject = function toObject() {
            return {};
        };

        PingRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PingRequest;
    })();

    proto.AccessRequestsFeature = (function() {

        function AccessRequestsFeature(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessRequestsFeature.prototype.monthly_request_limit = 0;

        AccessRequestsFeature.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.monthly_request_limit != null && Object.hasOwnProperty.call(m, "monthly_request_limit"))
                w.uint32(8).int32(m.monthly_request_limit);
            return w;
        };

        AccessRequestsFeature.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.AccessRequestsFeature();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.monthly_request_limit = r.int32();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessRequestsFeature.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.AccessRequestsFeature)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.AccessRequestsFeature: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.AccessRequestsFeature();
            if (d.monthly_request_limit != null) {
                m.monthly_request_limit = d.monthly_request_limit | 0;
            }
            return m;
        };

        AccessRequestsFeature.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.monthly_request_limit = 0;
            }
            if (m.monthly_request_limit != null && Object.hasOwnProperty.call(m, "monthly_request_limit")) {
                d.monthly_request_limit = m.monthly_request_limit;
            }
            return d;
        };

        AccessRequestsFeature.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessRequestsFeature;
    })();

    proto.EntitlementInfo = (function() {

        function EntitlementInfo(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        EntitlementInfo.prototype.enabled = false;
        EntitlementInfo.prototype.limit = 0;

        EntitlementInfo.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.enabled != null && Object.hasOwnProperty.call(m, "enabled"))
                w.uint32(8).bool(m.enabled);
            if (m.limit != null && Object.hasOwnProperty.call(m, "limit"))
                w.uint32(16).int32(m.limit);
            return w;
        };

        EntitlementInfo.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.EntitlementInfo();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.enabled = r.bool();
                        break;
                    }
                case 2: {
                        m.limit = r.int32();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        EntitlementInfo.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.EntitlementInfo)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.EntitlementInfo: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.EntitlementInfo();
            if (d.enabled != null) {
                m.enabled = Boolean(d.enabled);
            }
            if (d.limit != null) {
                m.limit = d.limit | 0;
            }
            return m;
        };

        EntitlementInfo.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.enabled = false;
                d.limit = 0;
            }
            if (m.enabled != null && Object.hasOwnProperty.call(m, "enabled")) {
                d.enabled = m.enabled;
            }
            if (m.limit != null && Object.hasOwnProperty.call(m, "limit")) {
                d.limit = m.limit;
            }
            return d;
        };

        EntitlementInfo.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return EntitlementInfo;
    })();

    proto.Features = (function() {

        function Features(p) {
            this.entitlements = {};
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Features.prototype.AccessControls = false;
        Features.prototype.AdvancedAccessWorkflows = false;
        Features.prototype.Cloud = false;
        Features.prototype.Plugins = false;
        Features.prototype.IsUsageBased = false;
        Features.prototype.AccessRequests = null;
        Features.prototype.IdentityGovernance = false;
        Features.prototype.entitlements = $util.emptyObject;

        Features.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.AccessControls != null && Object.hasOwnProperty.call(m, "AccessControls"))
                w.uint32(48).bool(m.AccessControls);
            if (m.AdvancedAccessWorkflows != null && Object.hasOwnProperty.call(m, "AdvancedAccessWorkflows"))
                w.uint32(56).bool(m.AdvancedAccessWorkflows);
            if (m.Cloud != null && Object.hasOwnProperty.call(m, "Cloud"))
                w.uint32(64).bool(m.Cloud);
            if (m.Plugins != null && Object.hasOwnProperty.call(m, "Plugins"))
                w.uint32(120).bool(m.Plugins);
            if (m.IsUsageBased != null && Object.hasOwnProperty.call(m, "IsUsageBased"))
                w.uint32(136).bool(m.IsUsageBased);
            if (m.AccessRequests != null && Object.hasOwnProperty.call(m, "AccessRequests"))
                $root.proto.AccessRequestsFeature.encode(m.AccessRequests, w.uint32(170).fork(), q + 1).ldelim();
            if (m.IdentityGovernance != null && Object.hasOwnProperty.call(m, "IdentityGovernance"))
                w.uint32(184).bool(m.IdentityGovernance);
            if (m.entitlements != null && Object.hasOwnProperty.call(m, "entitlements")) {
                for (var ks = Object.keys(m.entitlements), i = 0; i < ks.length; ++i) {
                    w.uint32(282).fork().uint32(10).string(ks[i]);
                    $root.proto.EntitlementInfo.encode(m.entitlements[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
            }
            return w;
        };

        Features.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m, k, value;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.Features();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 6: {
                        m.AccessControls = r.bool();
                        break;
                    }
                case 7: {
                        m.AdvancedAccessWorkflows = r.bool();
                        break;
                    }
                case 8: {
                        m.Cloud = r.bool();
                        break;
                    }
                case 15: {
                        m.Plugins = r.bool();
                        break;
                    }
                case 17: {
                        m.IsUsageBased = r.bool();
                        break;
                    }
                case 21: {
                        m.AccessRequests = $root.proto.AccessRequestsFeature.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 23: {
                        m.IdentityGovernance = r.bool();
                        break;
                    }
                case 35: {
                        if (m.entitlements === $util.emptyObject)
                            m.entitlements = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = null;
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = $root.proto.EntitlementInfo.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.entitlements, k);
                        m.entitlements[k] = value;
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Features.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.Features)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.Features: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.Features();
            if (d.AccessControls != null) {
                m.AccessControls = Boolean(d.AccessControls);
            }
            if (d.AdvancedAccessWorkflows != null) {
                m.AdvancedAccessWorkflows = Boolean(d.AdvancedAccessWorkflows);
            }
            if (d.Cloud != null) {
                m.Cloud = Boolean(d.Cloud);
            }
            if (d.Plugins != null) {
                m.Plugins = Boolean(d.Plugins);
            }
            if (d.IsUsageBased != null) {
                m.IsUsageBased = Boolean(d.IsUsageBased);
            }
            if (d.AccessRequests != null) {
                if (!$util.isObject(d.AccessRequests))
                    throw TypeError(".proto.Features.AccessRequests: object expected");
                m.AccessRequests = $root.proto.AccessRequestsFeature.fromObject(d.AccessRequests, n + 1);
            }
            if (d.IdentityGovernance != null) {
                m.IdentityGovernance = Boolean(d.IdentityGovernance);
            }
            if (d.entitlements) {
                if (!$util.isObject(d.entitlements))
                    throw TypeError(".proto.Features.entitlements: object expected");
                m.entitlements = {};
                for (var ks = Object.keys(d.entitlements), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.entitlements, ks[i]);
                    if (!$util.isObject(d.entitlements[ks[i]]))
                        throw TypeError(".proto.Features.entitlements: object expected");
                    m.entitlements[ks[i]] = $root.proto.EntitlementInfo.fromObject(d.entitlements[ks[i]], n + 1);
                }
            }
            return m;
        };

        Features.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.entitlements = {};
            }
            if (o.defaults) {
                d.AccessControls = false;
                d.AdvancedAccessWorkflows = false;
                d.Cloud = false;
                d.Plugins = false;
                d.IsUsageBased = false;
                d.AccessRequests = null;
                d.IdentityGovernance = false;
            }
            if (m.AccessControls != null && Object.hasOwnProperty.call(m, "AccessControls")) {
                d.AccessControls = m.AccessControls;
            }
            if (m.AdvancedAccessWorkflows != null && Object.hasOwnProperty.call(m, "AdvancedAccessWorkflows")) {
                d.AdvancedAccessWorkflows = m.AdvancedAccessWorkflows;
            }
            if (m.Cloud != null && Object.hasOwnProperty.call(m, "Cloud")) {
                d.Cloud = m.Cloud;
            }
            if (m.Plugins != null && Object.hasOwnProperty.call(m, "Plugins")) {
                d.Plugins = m.Plugins;
            }
            if (m.IsUsageBased != null && Object.hasOwnProperty.call(m, "IsUsageBased")) {
                d.IsUsageBased = m.IsUsageBased;
            }
            if (m.AccessRequests != null && Object.hasOwnProperty.call(m, "AccessRequests")) {
                d.AccessRequests = $root.proto.AccessRequestsFeature.toObject(m.AccessRequests, o, q + 1);
            }
            if (m.IdentityGovernance != null && Object.hasOwnProperty.call(m, "IdentityGovernance")) {
                d.IdentityGovernance = m.IdentityGovernance;
            }
            var ks2;
            if (m.entitlements && (ks2 = Object.keys(m.entitlements)).length) {
                d.entitlements = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.entitlements, ks2[j]);
                    d.entitlements[ks2[j]] = $root.proto.EntitlementInfo.toObject(m.entitlements[ks2[j]], o, q + 1);
                }
            }
            return d;
        };

        Features.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Features;
    })();

    proto.PingResponse = (function() {

        function PingResponse(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PingResponse.prototype.ClusterName = "";
        PingResponse.prototype.ServerVersion = "";
        PingResponse.prototype.ServerFeatures = null;
        PingResponse.prototype.ProxyPublicAddr = "";
        PingResponse.prototype.IsBoring = false;
        PingResponse.prototype.RemoteAddr = "";
        PingResponse.prototype.LoadAllCAs = false;
        PingResponse.prototype.LicenseExpiry = null;

        PingResponse.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.ClusterName != null && Object.hasOwnProperty.call(m, "ClusterName"))
                w.uint32(10).string(m.ClusterName);
            if (m.ServerVersion != null && Object.hasOwnProperty.call(m, "ServerVersion"))
                w.uint32(18).string(m.ServerVersion);
            if (m.ServerFeatures != null && Object.hasOwnProperty.call(m, "ServerFeatures"))
                $root.proto.Features.encode(m.ServerFeatures, w.uint32(26).fork(), q + 1).ldelim();
            if (m.ProxyPublicAddr != null && Object.hasOwnProperty.call(m, "ProxyPublicAddr"))
                w.uint32(34).string(m.ProxyPublicAddr);
            if (m.IsBoring != null && Object.hasOwnProperty.call(m, "IsBoring"))
                w.uint32(40).bool(m.IsBoring);
            if (m.RemoteAddr != null && Object.hasOwnProperty.call(m, "RemoteAddr"))
                w.uint32(58).string(m.RemoteAddr);
            if (m.LoadAllCAs != null && Object.hasOwnProperty.call(m, "LoadAllCAs"))
                w.uint32(64).bool(m.LoadAllCAs);
            if (m.LicenseExpiry != null && Object.hasOwnProperty.call(m, "LicenseExpiry"))
                $root.google.protobuf.Timestamp.encode(m.LicenseExpiry, w.uint32(82).fork(), q + 1).ldelim();
            return w;
        };

        PingResponse.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.PingResponse();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.ClusterName = r.string();
                        break;
                    }
                case 2: {
                        m.ServerVersion = r.string();
                        break;
                    }
                case 3: {
                        m.ServerFeatures = $root.proto.Features.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 4: {
                        m.ProxyPublicAddr = r.string();
                        break;
                    }
                case 5: {
                        m.IsBoring = r.bool();
                        break;
                    }
                case 7: {
                        m.RemoteAddr = r.string();
                        break;
                    }
                case 8: {
                        m.LoadAllCAs = r.bool();
                        break;
                    }
                case 10: {
                        m.LicenseExpiry = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PingResponse.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.PingResponse)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.PingResponse: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.PingResponse();
            if (d.ClusterName != null) {
                m.ClusterName = String(d.ClusterName);
            }
            if (d.ServerVersion != null) {
                m.ServerVersion = String(d.ServerVersion);
            }
            if (d.ServerFeatures != null) {
                if (!$util.isObject(d.ServerFeatures))
                    throw TypeError(".proto.PingResponse.ServerFeatures: object expected");
                m.ServerFeatures = $root.proto.Features.fromObject(d.ServerFeatures, n + 1);
            }
            if (d.ProxyPublicAddr != null) {
                m.ProxyPublicAddr = String(d.ProxyPublicAddr);
            }
            if (d.IsBoring != null) {
                m.IsBoring = Boolean(d.IsBoring);
            }
            if (d.RemoteAddr != null) {
                m.RemoteAddr = String(d.RemoteAddr);
            }
            if (d.LoadAllCAs != null) {
                m.LoadAllCAs = Boolean(d.LoadAllCAs);
            }
            if (d.LicenseExpiry != null) {
                if (!$util.isObject(d.LicenseExpiry))
                    throw TypeError(".proto.PingResponse.LicenseExpiry: object expected");
                m.LicenseExpiry = $root.google.protobuf.Timestamp.fromObject(d.LicenseExpiry, n + 1);
            }
            return m;
        };

        PingResponse.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ClusterName = "";
                d.ServerVersion = "";
                d.ServerFeatures = null;
                d.ProxyPublicAddr = "";
                d.IsBoring = false;
                d.RemoteAddr = "";
                d.LoadAllCAs = false;
                d.LicenseExpiry = null;
            }
            if (m.ClusterName != null && Object.hasOwnProperty.call(m, "ClusterName")) {
                d.ClusterName = m.ClusterName;
            }
            if (m.ServerVersion != null && Object.hasOwnProperty.call(m, "ServerVersion")) {
                d.ServerVersion = m.ServerVersion;
            }
            if (m.ServerFeatures != null && Object.hasOwnProperty.call(m, "ServerFeatures")) {
                d.ServerFeatures = $root.proto.Features.toObject(m.ServerFeatures, o, q + 1);
            }
            if (m.ProxyPublicAddr != null && Object.hasOwnProperty.call(m, "ProxyPublicAddr")) {
                d.ProxyPublicAddr = m.ProxyPublicAddr;
            }
            if (m.IsBoring != null && Object.hasOwnProperty.call(m, "IsBoring")) {
                d.IsBoring = m.IsBoring;
            }
            if (m.RemoteAddr != null && Object.hasOwnProperty.call(m, "RemoteAddr")) {
                d.RemoteAddr = m.RemoteAddr;
            }
            if (m.LoadAllCAs != null && Object.hasOwnProperty.call(m, "LoadAllCAs")) {
                d.LoadAllCAs = m.LoadAllCAs;
            }
            if (m.LicenseExpiry != null && Object.hasOwnProperty.call(m, "LicenseExpiry")) {
                d.LicenseExpiry = $root.google.protobuf.Timestamp.toObject(m.LicenseExpiry, o, q + 1);
            }
            return d;
        };

        PingResponse.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PingResponse;
    })();

    proto.Operation = (function() {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "INIT"] = 0;
        values[valuesById[1] = "PUT"] = 1;
        values[valuesById[2] = "DELETE"] = 2;
        return values;
    })();

    proto.Watch = (function() {

        function Watch(p) {
            this.Kinds = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Watch.prototype.Kinds = $util.emptyArray;
        Watch.prototype.AllowPartialSuccess = false;

        Watch.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kinds != null && m.Kinds.length) {
                for (var i = 0; i < m.Kinds.length; ++i)
                    $root.types.WatchKind.encode(m.Kinds[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.AllowPartialSuccess != null && Object.hasOwnProperty.call(m, "AllowPartialSuccess"))
                w.uint32(16).bool(m.AllowPartialSuccess);
            return w;
        };

        Watch.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.Watch();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Kinds && m.Kinds.length))
                            m.Kinds = [];
                        m.Kinds.push($root.types.WatchKind.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 2: {
                        m.AllowPartialSuccess = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Watch.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.Watch)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.Watch: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.Watch();
            if (d.Kinds) {
                if (!Array.isArray(d.Kinds))
                    throw TypeError(".proto.Watch.Kinds: array expected");
                m.Kinds = [];
                for (var i = 0; i < d.Kinds.length; ++i) {
                    if (!$util.isObject(d.Kinds[i]))
                        throw TypeError(".proto.Watch.Kinds: object expected");
                    m.Kinds[i] = $root.types.WatchKind.fromObject(d.Kinds[i], n + 1);
                }
            }
            if (d.AllowPartialSuccess != null) {
                m.AllowPartialSuccess = Boolean(d.AllowPartialSuccess);
            }
            return m;
        };

        Watch.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Kinds = [];
            }
            if (o.defaults) {
                d.AllowPartialSuccess = false;
            }
            if (m.Kinds && m.Kinds.length) {
                d.Kinds = [];
                for (var j = 0; j < m.Kinds.length; ++j) {
                    d.Kinds[j] = $root.types.WatchKind.toObject(m.Kinds[j], o, q + 1);
                }
            }
            if (m.AllowPartialSuccess != null && Object.hasOwnProperty.call(m, "AllowPartialSuccess")) {
                d.AllowPartialSuccess = m.AllowPartialSuccess;
            }
            return d;
        };

        Watch.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Watch;
    })();

    proto.Event = (function() {

        function Event(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Event.prototype.Type = 0;
        Event.prototype.ResourceHeader = null;
        Event.prototype.User = null;
        Event.prototype.Role = null;
        Event.prototype.AccessRequest = null;
        Event.prototype.WatchStatus = null;
        Event.prototype.AccessMonitoringRule = null;

        var $oneOfFields;

        Object.defineProperty(Event.prototype, "Resource", {
            get: $util.oneOfGetter($oneOfFields = ["ResourceHeader", "User", "Role", "AccessRequest", "WatchStatus", "AccessMonitoringRule"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        Event.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Type != null && Object.hasOwnProperty.call(m, "Type"))
                w.uint32(8).int32(m.Type);
            if (m.ResourceHeader != null && Object.hasOwnProperty.call(m, "ResourceHeader"))
                $root.types.ResourceHeader.encode(m.ResourceHeader, w.uint32(18).fork(), q + 1).ldelim();
            if (m.User != null && Object.hasOwnProperty.call(m, "User"))
                $root.types.UserV2.encode(m.User, w.uint32(66).fork(), q + 1).ldelim();
            if (m.Role != null && Object.hasOwnProperty.call(m, "Role"))
                $root.types.RoleV6.encode(m.Role, w.uint32(74).fork(), q + 1).ldelim();
            if (m.AccessRequest != null && Object.hasOwnProperty.call(m, "AccessRequest"))
                $root.types.AccessRequestV3.encode(m.AccessRequest, w.uint32(114).fork(), q + 1).ldelim();
            if (m.WatchStatus != null && Object.hasOwnProperty.call(m, "WatchStatus"))
                $root.types.WatchStatusV1.encode(m.WatchStatus, w.uint32(346).fork(), q + 1).ldelim();
            if (m.AccessMonitoringRule != null && Object.hasOwnProperty.call(m, "AccessMonitoringRule"))
                $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.encode(m.AccessMonitoringRule, w.uint32(434).fork(), q + 1).ldelim();
            return w;
        };

        Event.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.Event();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Type = r.int32();
                        break;
                    }
                case 2: {
                        m.ResourceHeader = $root.types.ResourceHeader.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 8: {
                        m.User = $root.types.UserV2.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 9: {
                        m.Role = $root.types.RoleV6.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 14: {
                        m.AccessRequest = $root.types.AccessRequestV3.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 43: {
                        m.WatchStatus = $root.types.WatchStatusV1.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 54: {
                        m.AccessMonitoringRule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Event.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.Event)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.Event: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.Event();
            switch (d.Type) {
            default:
                if (typeof d.Type === "number") {
                    m.Type = d.Type;
                    break;
                }
                break;
            case "INIT":
            case 0:
                m.Type = 0;
                break;
            case "PUT":
            case 1:
                m.Type = 1;
                break;
            case "DELETE":
            case 2:
                m.Type = 2;
                break;
            }
            if (d.ResourceHeader != null) {
                if (!$util.isObject(d.ResourceHeader))
                    throw TypeError(".proto.Event.ResourceHeader: object expected");
                m.ResourceHeader = $root.types.ResourceHeader.fromObject(d.ResourceHeader, n + 1);
            }
            if (d.User != null) {
                if (!$util.isObject(d.User))
                    throw TypeError(".proto.Event.User: object expected");
                m.User = $root.types.UserV2.fromObject(d.User, n + 1);
            }
            if (d.Role != null) {
                if (!$util.isObject(d.Role))
                    throw TypeError(".proto.Event.Role: object expected");
                m.Role = $root.types.RoleV6.fromObject(d.Role, n + 1);
            }
            if (d.AccessRequest != null) {
                if (!$util.isObject(d.AccessRequest))
                    throw TypeError(".proto.Event.AccessRequest: object expected");
                m.AccessRequest = $root.types.AccessRequestV3.fromObject(d.AccessRequest, n + 1);
            }
            if (d.WatchStatus != null) {
                if (!$util.isObject(d.WatchStatus))
                    throw TypeError(".proto.Event.WatchStatus: object expected");
                m.WatchStatus = $root.types.WatchStatusV1.fromObject(d.WatchStatus, n + 1);
            }
            if (d.AccessMonitoringRule != null) {
                if (!$util.isObject(d.AccessMonitoringRule))
                    throw TypeError(".proto.Event.AccessMonitoringRule: object expected");
                m.AccessMonitoringRule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.fromObject(d.AccessMonitoringRule, n + 1);
            }
            return m;
        };

        Event.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Type = o.enums === String ? "INIT" : 0;
            }
            if (m.Type != null && Object.hasOwnProperty.call(m, "Type")) {
                d.Type = o.enums === String ? $root.proto.Operation[m.Type] === undefined ? m.Type : $root.proto.Operation[m.Type] : m.Type;
            }
            if (m.ResourceHeader != null && Object.hasOwnProperty.call(m, "ResourceHeader")) {
                d.ResourceHeader = $root.types.ResourceHeader.toObject(m.ResourceHeader, o, q + 1);
                if (o.oneofs)
                    d.Resource = "ResourceHeader";
            }
            if (m.User != null && Object.hasOwnProperty.call(m, "User")) {
                d.User = $root.types.UserV2.toObject(m.User, o, q + 1);
                if (o.oneofs)
                    d.Resource = "User";
            }
            if (m.Role != null && Object.hasOwnProperty.call(m, "Role")) {
                d.Role = $root.types.RoleV6.toObject(m.Role, o, q + 1);
                if (o.oneofs)
                    d.Resource = "Role";
            }
            if (m.AccessRequest != null && Object.hasOwnProperty.call(m, "AccessRequest")) {
                d.AccessRequest = $root.types.AccessRequestV3.toObject(m.AccessRequest, o, q + 1);
                if (o.oneofs)
                    d.Resource = "AccessRequest";
            }
            if (m.WatchStatus != null && Object.hasOwnProperty.call(m, "WatchStatus")) {
                d.WatchStatus = $root.types.WatchStatusV1.toObject(m.WatchStatus, o, q + 1);
                if (o.oneofs)
                    d.Resource = "WatchStatus";
            }
            if (m.AccessMonitoringRule != null && Object.hasOwnProperty.call(m, "AccessMonitoringRule")) {
                d.AccessMonitoringRule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.toObject(m.AccessMonitoringRule, o, q + 1);
                if (o.oneofs)
                    d.Resource = "AccessMonitoringRule";
            }
            return d;
        };

        Event.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Event;
    })();

    proto.RequestID = (function() {

        function RequestID(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        RequestID.prototype.ID = "";

        RequestID.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.ID != null && Object.hasOwnProperty.call(m, "ID"))
                w.uint32(10).string(m.ID);
            return w;
        };

        RequestID.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.RequestID();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.ID = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        RequestID.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.RequestID)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.RequestID: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.RequestID();
            if (d.ID != null) {
                m.ID = String(d.ID);
            }
            return m;
        };

        RequestID.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ID = "";
            }
            if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
            }
            return d;
        };

        RequestID.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RequestID;
    })();

    proto.GetRoleRequest = (function() {

        function GetRoleRequest(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        GetRoleRequest.prototype.Name = "";

        GetRoleRequest.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name"))
                w.uint32(10).string(m.Name);
            return w;
        };

        GetRoleRequest.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.GetRoleRequest();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Name = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        GetRoleRequest.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.GetRoleRequest)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.GetRoleRequest: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.GetRoleRequest();
            if (d.Name != null) {
                m.Name = String(d.Name);
            }
            return m;
        };

        GetRoleRequest.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Name = "";
            }
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name")) {
                d.Name = m.Name;
            }
            return d;
        };

        GetRoleRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetRoleRequest;
    })();

    proto.AccessRequestSort = (function() {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "DEFAULT"] = 0;
        values[valuesById[1] = "CREATED"] = 1;
        values[valuesById[2] = "STATE"] = 2;
        values[valuesById[3] = "USER"] = 3;
        return values;
    })();

    proto.ListAccessRequestsRequest = (function() {

        function ListAccessRequestsRequest(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ListAccessRequestsRequest.prototype.Filter = null;
        ListAccessRequestsRequest.prototype.Sort = 0;
        ListAccessRequestsRequest.prototype.Descending = false;
        ListAccessRequestsRequest.prototype.Limit = 0;
        ListAccessRequestsRequest.prototype.StartKey = "";

        ListAccessRequestsRequest.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Filter != null && Object.hasOwnProperty.call(m, "Filter"))
                $root.types.AccessRequestFilter.encode(m.Filter, w.uint32(10).fork(), q + 1).ldelim();
            if (m.Sort != null && Object.hasOwnProperty.call(m, "Sort"))
                w.uint32(16).int32(m.Sort);
            if (m.Descending != null && Object.hasOwnProperty.call(m, "Descending"))
                w.uint32(24).bool(m.Descending);
            if (m.Limit != null && Object.hasOwnProperty.call(m, "Limit"))
                w.uint32(32).int32(m.Limit);
            if (m.StartKey != null && Object.hasOwnProperty.call(m, "StartKey"))
                w.uint32(42).string(m.StartKey);
            return w;
        };

        ListAccessRequestsRequest.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.ListAccessRequestsRequest();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Filter = $root.types.AccessRequestFilter.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 2: {
                        m.Sort = r.int32();
                        break;
                    }
                case 3: {
                        m.Descending = r.bool();
                        break;
                    }
                case 4: {
                        m.Limit = r.int32();
                        break;
                    }
                case 5: {
                        m.StartKey = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ListAccessRequestsRequest.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.ListAccessRequestsRequest)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.ListAccessRequestsRequest: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.ListAccessRequestsRequest();
            if (d.Filter != null) {
                if (!$util.isObject(d.Filter))
                    throw TypeError(".proto.ListAccessRequestsRequest.Filter: object expected");
                m.Filter = $root.types.AccessRequestFilter.fromObject(d.Filter, n + 1);
            }
            switch (d.Sort) {
            default:
                if (typeof d.Sort === "number") {
                    m.Sort = d.Sort;
                    break;
                }
                break;
            case "DEFAULT":
            case 0:
                m.Sort = 0;
                break;
            case "CREATED":
            case 1:
                m.Sort = 1;
                break;
            case "STATE":
            case 2:
                m.Sort = 2;
                break;
            case "USER":
            case 3:
                m.Sort = 3;
                break;
            }
            if (d.Descending != null) {
                m.Descending = Boolean(d.Descending);
            }
            if (d.Limit != null) {
                m.Limit = d.Limit | 0;
            }
            if (d.StartKey != null) {
                m.StartKey = String(d.StartKey);
            }
            return m;
        };

        ListAccessRequestsRequest.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Filter = null;
                d.Sort = o.enums === String ? "DEFAULT" : 0;
                d.Descending = false;
                d.Limit = 0;
                d.StartKey = "";
            }
            if (m.Filter != null && Object.hasOwnProperty.call(m, "Filter")) {
                d.Filter = $root.types.AccessRequestFilter.toObject(m.Filter, o, q + 1);
            }
            if (m.Sort != null && Object.hasOwnProperty.call(m, "Sort")) {
                d.Sort = o.enums === String ? $root.proto.AccessRequestSort[m.Sort] === undefined ? m.Sort : $root.proto.AccessRequestSort[m.Sort] : m.Sort;
            }
            if (m.Descending != null && Object.hasOwnProperty.call(m, "Descending")) {
                d.Descending = m.Descending;
            }
            if (m.Limit != null && Object.hasOwnProperty.call(m, "Limit")) {
                d.Limit = m.Limit;
            }
            if (m.StartKey != null && Object.hasOwnProperty.call(m, "StartKey")) {
                d.StartKey = m.StartKey;
            }
            return d;
        };

        ListAccessRequestsRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ListAccessRequestsRequest;
    })();

    proto.ListAccessRequestsResponse = (function() {

        function ListAccessRequestsResponse(p) {
            this.AccessRequests = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ListAccessRequestsResponse.prototype.AccessRequests = $util.emptyArray;
        ListAccessRequestsResponse.prototype.NextKey = "";

        ListAccessRequestsResponse.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.AccessRequests != null && m.AccessRequests.length) {
                for (var i = 0; i < m.AccessRequests.length; ++i)
                    $root.types.AccessRequestV3.encode(m.AccessRequests[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.NextKey != null && Object.hasOwnProperty.call(m, "NextKey"))
                w.uint32(18).string(m.NextKey);
            return w;
        };

        ListAccessRequestsResponse.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.ListAccessRequestsResponse();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.AccessRequests && m.AccessRequests.length))
                            m.AccessRequests = [];
                        m.AccessRequests.push($root.types.AccessRequestV3.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 2: {
                        m.NextKey = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ListAccessRequestsResponse.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.ListAccessRequestsResponse)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.ListAccessRequestsResponse: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.ListAccessRequestsResponse();
            if (d.AccessRequests) {
                if (!Array.isArray(d.AccessRequests))
                    throw TypeError(".proto.ListAccessRequestsResponse.AccessRequests: array expected");
                m.AccessRequests = [];
                for (var i = 0; i < d.AccessRequests.length; ++i) {
                    if (!$util.isObject(d.AccessRequests[i]))
                        throw TypeError(".proto.ListAccessRequestsResponse.AccessRequests: object expected");
                    m.AccessRequests[i] = $root.types.AccessRequestV3.fromObject(d.AccessRequests[i], n + 1);
                }
            }
            if (d.NextKey != null) {
                m.NextKey = String(d.NextKey);
            }
            return m;
        };

        ListAccessRequestsResponse.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.AccessRequests = [];
            }
            if (o.defaults) {
                d.NextKey = "";
            }
            if (m.AccessRequests && m.AccessRequests.length) {
                d.AccessRequests = [];
                for (var j = 0; j < m.AccessRequests.length; ++j) {
                    d.AccessRequests[j] = $root.types.AccessRequestV3.toObject(m.AccessRequests[j], o, q + 1);
                }
            }
            if (m.NextKey != null && Object.hasOwnProperty.call(m, "NextKey")) {
                d.NextKey = m.NextKey;
            }
            return d;
        };

        ListAccessRequestsResponse.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ListAccessRequestsResponse;
    })();

    proto.PluginDataSeq = (function() {

        function PluginDataSeq(p) {
            this.PluginData = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PluginDataSeq.prototype.PluginData = $util.emptyArray;

        PluginDataSeq.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.PluginData != null && m.PluginData.length) {
                for (var i = 0; i < m.PluginData.length; ++i)
                    $root.types.PluginDataV3.encode(m.PluginData[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            return w;
        };

        PluginDataSeq.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.PluginDataSeq();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.PluginData && m.PluginData.length))
                            m.PluginData = [];
                        m.PluginData.push($root.types.PluginDataV3.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PluginDataSeq.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.PluginDataSeq)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.PluginDataSeq: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.PluginDataSeq();
            if (d.PluginData) {
                if (!Array.isArray(d.PluginData))
                    throw TypeError(".proto.PluginDataSeq.PluginData: array expected");
                m.PluginData = [];
                for (var i = 0; i < d.PluginData.length; ++i) {
                    if (!$util.isObject(d.PluginData[i]))
                        throw TypeError(".proto.PluginDataSeq.PluginData: object expected");
                    m.PluginData[i] = $root.types.PluginDataV3.fromObject(d.PluginData[i], n + 1);
                }
            }
            return m;
        };

        PluginDataSeq.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.PluginData = [];
            }
            if (m.PluginData && m.PluginData.length) {
                d.PluginData = [];
                for (var j = 0; j < m.PluginData.length; ++j) {
                    d.PluginData[j] = $root.types.PluginDataV3.toObject(m.PluginData[j], o, q + 1);
                }
            }
            return d;
        };

        PluginDataSeq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PluginDataSeq;
    })();

    proto.GetUserRequest = (function() {

        function GetUserRequest(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        GetUserRequest.prototype.Name = "";
        GetUserRequest.prototype.WithSecrets = false;

        GetUserRequest.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name"))
                w.uint32(10).string(m.Name);
            if (m.WithSecrets != null && Object.hasOwnProperty.call(m, "WithSecrets"))
                w.uint32(16).bool(m.WithSecrets);
            return w;
        };

        GetUserRequest.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.GetUserRequest();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Name = r.string();
                        break;
                    }
                case 2: {
                        m.WithSecrets = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        GetUserRequest.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.GetUserRequest)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.GetUserRequest: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.GetUserRequest();
            if (d.Name != null) {
                m.Name = String(d.Name);
            }
            if (d.WithSecrets != null) {
                m.WithSecrets = Boolean(d.WithSecrets);
            }
            return m;
        };

        GetUserRequest.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Name = "";
                d.WithSecrets = false;
            }
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name")) {
                d.Name = m.Name;
            }
            if (m.WithSecrets != null && Object.hasOwnProperty.call(m, "WithSecrets")) {
                d.WithSecrets = m.WithSecrets;
            }
            return d;
        };

        GetUserRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetUserRequest;
    })();

    proto.GetUsersRequest = (function() {

        function GetUsersRequest(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        GetUsersRequest.prototype.WithSecrets = false;

        GetUsersRequest.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.WithSecrets != null && Object.hasOwnProperty.call(m, "WithSecrets"))
                w.uint32(8).bool(m.WithSecrets);
            return w;
        };

        GetUsersRequest.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.proto.GetUsersRequest();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.WithSecrets = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        GetUsersRequest.fromObject = function fromObject(d, n) {
            if (d instanceof $root.proto.GetUsersRequest)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".proto.GetUsersRequest: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.proto.GetUsersRequest();
            if (d.WithSecrets != null) {
                m.WithSecrets = Boolean(d.WithSecrets);
            }
            return m;
        };

        GetUsersRequest.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.WithSecrets = false;
            }
            if (m.WithSecrets != null && Object.hasOwnProperty.call(m, "WithSecrets")) {
                d.WithSecrets = m.WithSecrets;
            }
            return d;
        };

        GetUsersRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetUsersRequest;
    })();

    return proto;
})();

$root.google = (function() {

    var google = {};

    google.protobuf = (function() {

        var protobuf = {};

        protobuf.Empty = (function() {

            function Empty(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Empty.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return w;
            };

            Empty.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.google.protobuf.Empty();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Empty.fromObject = function fromObject(d, n) {
                if (d instanceof $root.google.protobuf.Empty)
                    return d;
                return new $root.google.protobuf.Empty();
            };

            Empty.toObject = function toObject() {
                return {};
            };

            Empty.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Empty;
        })();

        protobuf.Timestamp = (function() {

            function Timestamp(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Timestamp.prototype.nanos = 0;

            Timestamp.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.seconds != null && Object.hasOwnProperty.call(m, "seconds"))
                    w.uint32(8).int64(m.seconds);
                if (m.nanos != null && Object.hasOwnProperty.call(m, "nanos"))
                    w.uint32(16).int32(m.nanos);
                return w;
            };

            Timestamp.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.google.protobuf.Timestamp();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.seconds = r.int64();
                            break;
                        }
                    case 2: {
                            m.nanos = r.int32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Timestamp.fromObject = function fromObject(d, n) {
                if (d instanceof $root.google.protobuf.Timestamp)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".google.protobuf.Timestamp: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.google.protobuf.Timestamp();
                if (d.seconds != null) {
                    if ($util.Long)
                        m.seconds = $util.Long.fromValue(d.seconds, false);
                    else if (typeof d.seconds === "string")
                        m.seconds = parseInt(d.seconds, 10);
                    else if (typeof d.seconds === "number")
                        m.seconds = d.seconds;
                    else if (typeof d.seconds === "object")
                        m.seconds = new $util.LongBits(d.seconds.low >>> 0, d.seconds.high >>> 0).toNumber();
                }
                if (d.nanos != null) {
                    m.nanos = d.nanos | 0;
                }
                return m;
            };

            Timestamp.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.seconds = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.seconds = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    d.nanos = 0;
                }
                if (m.seconds != null && Object.hasOwnProperty.call(m, "seconds")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.seconds = typeof m.seconds === "number" ? BigInt(m.seconds) : $util.Long.fromBits(m.seconds.low >>> 0, m.seconds.high >>> 0, false).toBigInt();
                    else if (typeof m.seconds === "number")
                        d.seconds = o.longs === String ? String(m.seconds) : m.seconds;
                    else
                        d.seconds = o.longs === String ? $util.Long.prototype.toString.call(m.seconds) : o.longs === Number ? new $util.LongBits(m.seconds.low >>> 0, m.seconds.high >>> 0).toNumber() : m.seconds;
                }
                if (m.nanos != null && Object.hasOwnProperty.call(m, "nanos")) {
                    d.nanos = m.nanos;
                }
                return d;
            };

            Timestamp.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

$root.types = (function() {

    var types = {};

    types.Metadata = (function() {

        function Metadata(p) {
            this.Labels = {};
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Metadata.prototype.Name = "";
        Metadata.prototype.Namespace = "";
        Metadata.prototype.Description = "";
        Metadata.prototype.Labels = $util.emptyObject;
        Metadata.prototype.Expires = null;
        Metadata.prototype.Revision = "";

        Metadata.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name"))
                w.uint32(10).string(m.Name);
            if (m.Namespace != null && Object.hasOwnProperty.call(m, "Namespace"))
                w.uint32(18).string(m.Namespace);
            if (m.Description != null && Object.hasOwnProperty.call(m, "Description"))
                w.uint32(26).string(m.Description);
            if (m.Labels != null && Object.hasOwnProperty.call(m, "Labels")) {
                for (var ks = Object.keys(m.Labels), i = 0; i < ks.length; ++i) {
                    w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).string(m.Labels[ks[i]]).ldelim();
                }
            }
            if (m.Expires != null && Object.hasOwnProperty.call(m, "Expires"))
                $root.google.protobuf.Timestamp.encode(m.Expires, w.uint32(50).fork(), q + 1).ldelim();
            if (m.Revision != null && Object.hasOwnProperty.call(m, "Revision"))
                w.uint32(66).string(m.Revision);
            return w;
        };

        Metadata.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m, k, value;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.Metadata();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Name = r.string();
                        break;
                    }
                case 2: {
                        m.Namespace = r.string();
                        break;
                    }
                case 3: {
                        m.Description = r.string();
                        break;
                    }
                case 5: {
                        if (m.Labels === $util.emptyObject)
                            m.Labels = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = "";
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = r.string();
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.Labels, k);
                        m.Labels[k] = value;
                        break;
                    }
                case 6: {
                        m.Expires = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 8: {
                        m.Revision = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Metadata.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.Metadata)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.Metadata: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.Metadata();
            if (d.Name != null) {
                m.Name = String(d.Name);
            }
            if (d.Namespace != null) {
                m.Namespace = String(d.Namespace);
            }
            if (d.Description != null) {
                m.Description = String(d.Description);
            }
            if (d.Labels) {
                if (!$util.isObject(d.Labels))
                    throw TypeError(".types.Metadata.Labels: object expected");
                m.Labels = {};
                for (var ks = Object.keys(d.Labels), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.Labels, ks[i]);
                    m.Labels[ks[i]] = String(d.Labels[ks[i]]);
                }
            }
            if (d.Expires != null) {
                if (!$util.isObject(d.Expires))
                    throw TypeError(".types.Metadata.Expires: object expected");
                m.Expires = $root.google.protobuf.Timestamp.fromObject(d.Expires, n + 1);
            }
            if (d.Revision != null) {
                m.Revision = String(d.Revision);
            }
            return m;
        };

        Metadata.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.Labels = {};
            }
            if (o.defaults) {
                d.Name = "";
                d.Namespace = "";
                d.Description = "";
                d.Expires = null;
                d.Revision = "";
            }
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name")) {
                d.Name = m.Name;
            }
            if (m.Namespace != null && Object.hasOwnProperty.call(m, "Namespace")) {
                d.Namespace = m.Namespace;
            }
            if (m.Description != null && Object.hasOwnProperty.call(m, "Description")) {
                d.Description = m.Description;
            }
            var ks2;
            if (m.Labels && (ks2 = Object.keys(m.Labels)).length) {
                d.Labels = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.Labels, ks2[j]);
                    d.Labels[ks2[j]] = m.Labels[ks2[j]];
                }
            }
            if (m.Expires != null && Object.hasOwnProperty.call(m, "Expires")) {
                d.Expires = $root.google.protobuf.Timestamp.toObject(m.Expires, o, q + 1);
            }
            if (m.Revision != null && Object.hasOwnProperty.call(m, "Revision")) {
                d.Revision = m.Revision;
            }
            return d;
        };

        Metadata.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Metadata;
    })();

    types.ResourceHeader = (function() {

        function ResourceHeader(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ResourceHeader.prototype.Kind = "";
        ResourceHeader.prototype.SubKind = "";
        ResourceHeader.prototype.Version = "";
        ResourceHeader.prototype.Metadata = null;

        ResourceHeader.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(10).string(m.Kind);
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind"))
                w.uint32(18).string(m.SubKind);
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version"))
                w.uint32(26).string(m.Version);
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata"))
                $root.types.Metadata.encode(m.Metadata, w.uint32(34).fork(), q + 1).ldelim();
            return w;
        };

        ResourceHeader.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.ResourceHeader();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Kind = r.string();
                        break;
                    }
                case 2: {
                        m.SubKind = r.string();
                        break;
                    }
                case 3: {
                        m.Version = r.string();
                        break;
                    }
                case 4: {
                        m.Metadata = $root.types.Metadata.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ResourceHeader.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.ResourceHeader)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.ResourceHeader: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.ResourceHeader();
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.SubKind != null) {
                m.SubKind = String(d.SubKind);
            }
            if (d.Version != null) {
                m.Version = String(d.Version);
            }
            if (d.Metadata != null) {
                if (!$util.isObject(d.Metadata))
                    throw TypeError(".types.ResourceHeader.Metadata: object expected");
                m.Metadata = $root.types.Metadata.fromObject(d.Metadata, n + 1);
            }
            return m;
        };

        ResourceHeader.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Kind = "";
                d.SubKind = "";
                d.Version = "";
                d.Metadata = null;
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind")) {
                d.SubKind = m.SubKind;
            }
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version")) {
                d.Version = m.Version;
            }
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata")) {
                d.Metadata = $root.types.Metadata.toObject(m.Metadata, o, q + 1);
            }
            return d;
        };

        ResourceHeader.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ResourceHeader;
    })();

    types.WatchKind = (function() {

        function WatchKind(p) {
            this.Filter = {};
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        WatchKind.prototype.Kind = "";
        WatchKind.prototype.LoadSecrets = false;
        WatchKind.prototype.Name = "";
        WatchKind.prototype.Filter = $util.emptyObject;
        WatchKind.prototype.SubKind = "";
        WatchKind.prototype.Version = "";

        WatchKind.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(10).string(m.Kind);
            if (m.LoadSecrets != null && Object.hasOwnProperty.call(m, "LoadSecrets"))
                w.uint32(16).bool(m.LoadSecrets);
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name"))
                w.uint32(26).string(m.Name);
            if (m.Filter != null && Object.hasOwnProperty.call(m, "Filter")) {
                for (var ks = Object.keys(m.Filter), i = 0; i < ks.length; ++i) {
                    w.uint32(34).fork().uint32(10).string(ks[i]).uint32(18).string(m.Filter[ks[i]]).ldelim();
                }
            }
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind"))
                w.uint32(42).string(m.SubKind);
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version"))
                w.uint32(50).string(m.Version);
            return w;
        };

        WatchKind.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m, k, value;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.WatchKind();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Kind = r.string();
                        break;
                    }
                case 2: {
                        m.LoadSecrets = r.bool();
                        break;
                    }
                case 3: {
                        m.Name = r.string();
                        break;
                    }
                case 4: {
                        if (m.Filter === $util.emptyObject)
                            m.Filter = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = "";
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = r.string();
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.Filter, k);
                        m.Filter[k] = value;
                        break;
                    }
                case 5: {
                        m.SubKind = r.string();
                        break;
                    }
                case 6: {
                        m.Version = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        WatchKind.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.WatchKind)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.WatchKind: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.WatchKind();
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.LoadSecrets != null) {
                m.LoadSecrets = Boolean(d.LoadSecrets);
            }
            if (d.Name != null) {
                m.Name = String(d.Name);
            }
            if (d.Filter) {
                if (!$util.isObject(d.Filter))
                    throw TypeError(".types.WatchKind.Filter: object expected");
                m.Filter = {};
                for (var ks = Object.keys(d.Filter), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.Filter, ks[i]);
                    m.Filter[ks[i]] = String(d.Filter[ks[i]]);
                }
            }
            if (d.SubKind != null) {
                m.SubKind = String(d.SubKind);
            }
            if (d.Version != null) {
                m.Version = String(d.Version);
            }
            return m;
        };

        WatchKind.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.Filter = {};
            }
            if (o.defaults) {
                d.Kind = "";
                d.LoadSecrets = false;
                d.Name = "";
                d.SubKind = "";
                d.Version = "";
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.LoadSecrets != null && Object.hasOwnProperty.call(m, "LoadSecrets")) {
                d.LoadSecrets = m.LoadSecrets;
            }
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name")) {
                d.Name = m.Name;
            }
            var ks2;
            if (m.Filter && (ks2 = Object.keys(m.Filter)).length) {
                d.Filter = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.Filter, ks2[j]);
                    d.Filter[ks2[j]] = m.Filter[ks2[j]];
                }
            }
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind")) {
                d.SubKind = m.SubKind;
            }
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version")) {
                d.Version = m.Version;
            }
            return d;
        };

        WatchKind.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WatchKind;
    })();

    types.WatchStatusSpecV1 = (function() {

        function WatchStatusSpecV1(p) {
            this.Kinds = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        WatchStatusSpecV1.prototype.Kinds = $util.emptyArray;

        WatchStatusSpecV1.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kinds != null && m.Kinds.length) {
                for (var i = 0; i < m.Kinds.length; ++i)
                    $root.types.WatchKind.encode(m.Kinds[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            return w;
        };

        WatchStatusSpecV1.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.WatchStatusSpecV1();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Kinds && m.Kinds.length))
                            m.Kinds = [];
                        m.Kinds.push($root.types.WatchKind.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        WatchStatusSpecV1.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.WatchStatusSpecV1)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.WatchStatusSpecV1: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.WatchStatusSpecV1();
            if (d.Kinds) {
                if (!Array.isArray(d.Kinds))
                    throw TypeError(".types.WatchStatusSpecV1.Kinds: array expected");
                m.Kinds = [];
                for (var i = 0; i < d.Kinds.length; ++i) {
                    if (!$util.isObject(d.Kinds[i]))
                        throw TypeError(".types.WatchStatusSpecV1.Kinds: object expected");
                    m.Kinds[i] = $root.types.WatchKind.fromObject(d.Kinds[i], n + 1);
                }
            }
            return m;
        };

        WatchStatusSpecV1.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Kinds = [];
            }
            if (m.Kinds && m.Kinds.length) {
                d.Kinds = [];
                for (var j = 0; j < m.Kinds.length; ++j) {
                    d.Kinds[j] = $root.types.WatchKind.toObject(m.Kinds[j], o, q + 1);
                }
            }
            return d;
        };

        WatchStatusSpecV1.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WatchStatusSpecV1;
    })();

    types.WatchStatusV1 = (function() {

        function WatchStatusV1(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        WatchStatusV1.prototype.Kind = "";
        WatchStatusV1.prototype.SubKind = "";
        WatchStatusV1.prototype.Version = "";
        WatchStatusV1.prototype.Metadata = null;
        WatchStatusV1.prototype.Spec = null;

        WatchStatusV1.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(10).string(m.Kind);
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind"))
                w.uint32(18).string(m.SubKind);
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version"))
                w.uint32(26).string(m.Version);
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata"))
                $root.types.Metadata.encode(m.Metadata, w.uint32(34).fork(), q + 1).ldelim();
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec"))
                $root.types.WatchStatusSpecV1.encode(m.Spec, w.uint32(42).fork(), q + 1).ldelim();
            return w;
        };

        WatchStatusV1.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.WatchStatusV1();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Kind = r.string();
                        break;
                    }
                case 2: {
                        m.SubKind = r.string();
                        break;
                    }
                case 3: {
                        m.Version = r.string();
                        break;
                    }
                case 4: {
                        m.Metadata = $root.types.Metadata.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 5: {
                        m.Spec = $root.types.WatchStatusSpecV1.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        WatchStatusV1.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.WatchStatusV1)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.WatchStatusV1: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.WatchStatusV1();
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.SubKind != null) {
                m.SubKind = String(d.SubKind);
            }
            if (d.Version != null) {
                m.Version = String(d.Version);
            }
            if (d.Metadata != null) {
                if (!$util.isObject(d.Metadata))
                    throw TypeError(".types.WatchStatusV1.Metadata: object expected");
                m.Metadata = $root.types.Metadata.fromObject(d.Metadata, n + 1);
            }
            if (d.Spec != null) {
                if (!$util.isObject(d.Spec))
                    throw TypeError(".types.WatchStatusV1.Spec: object expected");
                m.Spec = $root.types.WatchStatusSpecV1.fromObject(d.Spec, n + 1);
            }
            return m;
        };

        WatchStatusV1.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Kind = "";
                d.SubKind = "";
                d.Version = "";
                d.Metadata = null;
                d.Spec = null;
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind")) {
                d.SubKind = m.SubKind;
            }
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version")) {
                d.Version = m.Version;
            }
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata")) {
                d.Metadata = $root.types.Metadata.toObject(m.Metadata, o, q + 1);
            }
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec")) {
                d.Spec = $root.types.WatchStatusSpecV1.toObject(m.Spec, o, q + 1);
            }
            return d;
        };

        WatchStatusV1.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WatchStatusV1;
    })();

    types.RequestState = (function() {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "NONE"] = 0;
        values[valuesById[1] = "PENDING"] = 1;
        values[valuesById[2] = "APPROVED"] = 2;
        values[valuesById[3] = "DENIED"] = 3;
        values[valuesById[4] = "PROMOTED"] = 4;
        return values;
    })();

    types.AccessRequestKind = (function() {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "UNDEFINED"] = 0;
        values[valuesById[1] = "SHORT_TERM"] = 1;
        values[valuesById[2] = "LONG_TERM"] = 2;
        return values;
    })();

    types.AccessRequestScope = (function() {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "DEFAULT"] = 0;
        values[valuesById[1] = "MY_REQUESTS"] = 1;
        values[valuesById[2] = "NEEDS_REVIEW"] = 2;
        values[valuesById[3] = "REVIEWED"] = 3;
        return values;
    })();

    types.ResourceID = (function() {

        function ResourceID(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ResourceID.prototype.ClusterName = "";
        ResourceID.prototype.Kind = "";
        ResourceID.prototype.Name = "";
        ResourceID.prototype.SubResourceName = "";

        ResourceID.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.ClusterName != null && Object.hasOwnProperty.call(m, "ClusterName"))
                w.uint32(10).string(m.ClusterName);
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(18).string(m.Kind);
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name"))
                w.uint32(26).string(m.Name);
            if (m.SubResourceName != null && Object.hasOwnProperty.call(m, "SubResourceName"))
                w.uint32(34).string(m.SubResourceName);
            return w;
        };

        ResourceID.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.ResourceID();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.ClusterName = r.string();
                        break;
                    }
                case 2: {
                        m.Kind = r.string();
                        break;
                    }
                case 3: {
                        m.Name = r.string();
                        break;
                    }
                case 4: {
                        m.SubResourceName = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ResourceID.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.ResourceID)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.ResourceID: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.ResourceID();
            if (d.ClusterName != null) {
                m.ClusterName = String(d.ClusterName);
            }
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.Name != null) {
                m.Name = String(d.Name);
            }
            if (d.SubResourceName != null) {
                m.SubResourceName = String(d.SubResourceName);
            }
            return m;
        };

        ResourceID.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ClusterName = "";
                d.Kind = "";
                d.Name = "";
                d.SubResourceName = "";
            }
            if (m.ClusterName != null && Object.hasOwnProperty.call(m, "ClusterName")) {
                d.ClusterName = m.ClusterName;
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name")) {
                d.Name = m.Name;
            }
            if (m.SubResourceName != null && Object.hasOwnProperty.call(m, "SubResourceName")) {
                d.SubResourceName = m.SubResourceName;
            }
            return d;
        };

        ResourceID.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ResourceID;
    })();

    types.AWSConsoleResourceConstraints = (function() {

        function AWSConsoleResourceConstraints(p) {
            this.role_arns = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AWSConsoleResourceConstraints.prototype.role_arns = $util.emptyArray;

        AWSConsoleResourceConstraints.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.role_arns != null && m.role_arns.length) {
                for (var i = 0; i < m.role_arns.length; ++i)
                    w.uint32(10).string(m.role_arns[i]);
            }
            return w;
        };

        AWSConsoleResourceConstraints.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AWSConsoleResourceConstraints();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.role_arns && m.role_arns.length))
                            m.role_arns = [];
                        m.role_arns.push(r.string());
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AWSConsoleResourceConstraints.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AWSConsoleResourceConstraints)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AWSConsoleResourceConstraints: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AWSConsoleResourceConstraints();
            if (d.role_arns) {
                if (!Array.isArray(d.role_arns))
                    throw TypeError(".types.AWSConsoleResourceConstraints.role_arns: array expected");
                m.role_arns = [];
                for (var i = 0; i < d.role_arns.length; ++i) {
                    m.role_arns[i] = String(d.role_arns[i]);
                }
            }
            return m;
        };

        AWSConsoleResourceConstraints.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.role_arns = [];
            }
            if (m.role_arns && m.role_arns.length) {
                d.role_arns = [];
                for (var j = 0; j < m.role_arns.length; ++j) {
                    d.role_arns[j] = m.role_arns[j];
                }
            }
            return d;
        };

        AWSConsoleResourceConstraints.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AWSConsoleResourceConstraints;
    })();

    types.SSHResourceConstraints = (function() {

        function SSHResourceConstraints(p) {
            this.logins = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        SSHResourceConstraints.prototype.logins = $util.emptyArray;

        SSHResourceConstraints.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.logins != null && m.logins.length) {
                for (var i = 0; i < m.logins.length; ++i)
                    w.uint32(10).string(m.logins[i]);
            }
            return w;
        };

        SSHResourceConstraints.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.SSHResourceConstraints();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.logins && m.logins.length))
                            m.logins = [];
                        m.logins.push(r.string());
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        SSHResourceConstraints.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.SSHResourceConstraints)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.SSHResourceConstraints: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.SSHResourceConstraints();
            if (d.logins) {
                if (!Array.isArray(d.logins))
                    throw TypeError(".types.SSHResourceConstraints.logins: array expected");
                m.logins = [];
                for (var i = 0; i < d.logins.length; ++i) {
                    m.logins[i] = String(d.logins[i]);
                }
            }
            return m;
        };

        SSHResourceConstraints.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.logins = [];
            }
            if (m.logins && m.logins.length) {
                d.logins = [];
                for (var j = 0; j < m.logins.length; ++j) {
                    d.logins[j] = m.logins[j];
                }
            }
            return d;
        };

        SSHResourceConstraints.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SSHResourceConstraints;
    })();

    types.WindowsDesktopResourceConstraints = (function() {

        function WindowsDesktopResourceConstraints(p) {
            this.logins = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        WindowsDesktopResourceConstraints.prototype.logins = $util.emptyArray;

        WindowsDesktopResourceConstraints.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.logins != null && m.logins.length) {
                for (var i = 0; i < m.logins.length; ++i)
                    w.uint32(10).string(m.logins[i]);
            }
            return w;
        };

        WindowsDesktopResourceConstraints.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.WindowsDesktopResourceConstraints();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.logins && m.logins.length))
                            m.logins = [];
                        m.logins.push(r.string());
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        WindowsDesktopResourceConstraints.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.WindowsDesktopResourceConstraints)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.WindowsDesktopResourceConstraints: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.WindowsDesktopResourceConstraints();
            if (d.logins) {
                if (!Array.isArray(d.logins))
                    throw TypeError(".types.WindowsDesktopResourceConstraints.logins: array expected");
                m.logins = [];
                for (var i = 0; i < d.logins.length; ++i) {
                    m.logins[i] = String(d.logins[i]);
                }
            }
            return m;
        };

        WindowsDesktopResourceConstraints.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.logins = [];
            }
            if (m.logins && m.logins.length) {
                d.logins = [];
                for (var j = 0; j < m.logins.length; ++j) {
                    d.logins[j] = m.logins[j];
                }
            }
            return d;
        };

        WindowsDesktopResourceConstraints.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WindowsDesktopResourceConstraints;
    })();

    types.ResourceConstraints = (function() {

        function ResourceConstraints(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ResourceConstraints.prototype.version = "";
        ResourceConstraints.prototype.aws_console = null;
        ResourceConstraints.prototype.ssh = null;
        ResourceConstraints.prototype.windows_desktop = null;

        var $oneOfFields;

        Object.defineProperty(ResourceConstraints.prototype, "details", {
            get: $util.oneOfGetter($oneOfFields = ["aws_console", "ssh", "windows_desktop"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        ResourceConstraints.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.version != null && Object.hasOwnProperty.call(m, "version"))
                w.uint32(10).string(m.version);
            if (m.aws_console != null && Object.hasOwnProperty.call(m, "aws_console"))
                $root.types.AWSConsoleResourceConstraints.encode(m.aws_console, w.uint32(82).fork(), q + 1).ldelim();
            if (m.ssh != null && Object.hasOwnProperty.call(m, "ssh"))
                $root.types.SSHResourceConstraints.encode(m.ssh, w.uint32(90).fork(), q + 1).ldelim();
            if (m.windows_desktop != null && Object.hasOwnProperty.call(m, "windows_desktop"))
                $root.types.WindowsDesktopResourceConstraints.encode(m.windows_desktop, w.uint32(106).fork(), q + 1).ldelim();
            return w;
        };

        ResourceConstraints.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.ResourceConstraints();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.version = r.string();
                        break;
                    }
                case 10: {
                        m.aws_console = $root.types.AWSConsoleResourceConstraints.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 11: {
                        m.ssh = $root.types.SSHResourceConstraints.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 13: {
                        m.windows_desktop = $root.types.WindowsDesktopResourceConstraints.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ResourceConstraints.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.ResourceConstraints)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.ResourceConstraints: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.ResourceConstraints();
            if (d.version != null) {
                m.version = String(d.version);
            }
            if (d.aws_console != null) {
                if (!$util.isObject(d.aws_console))
                    throw TypeError(".types.ResourceConstraints.aws_console: object expected");
                m.aws_console = $root.types.AWSConsoleResourceConstraints.fromObject(d.aws_console, n + 1);
            }
            if (d.ssh != null) {
                if (!$util.isObject(d.ssh))
                    throw TypeError(".types.ResourceConstraints.ssh: object expected");
                m.ssh = $root.types.SSHResourceConstraints.fromObject(d.ssh, n + 1);
            }
            if (d.windows_desktop != null) {
                if (!$util.isObject(d.windows_desktop))
                    throw TypeError(".types.ResourceConstraints.windows_desktop: object expected");
                m.windows_desktop = $root.types.WindowsDesktopResourceConstraints.fromObject(d.windows_desktop, n + 1);
            }
            return m;
        };

        ResourceConstraints.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.version = "";
            }
            if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
            }
            if (m.aws_console != null && Object.hasOwnProperty.call(m, "aws_console")) {
                d.aws_console = $root.types.AWSConsoleResourceConstraints.toObject(m.aws_console, o, q + 1);
                if (o.oneofs)
                    d.details = "aws_console";
            }
            if (m.ssh != null && Object.hasOwnProperty.call(m, "ssh")) {
                d.ssh = $root.types.SSHResourceConstraints.toObject(m.ssh, o, q + 1);
                if (o.oneofs)
                    d.details = "ssh";
            }
            if (m.windows_desktop != null && Object.hasOwnProperty.call(m, "windows_desktop")) {
                d.windows_desktop = $root.types.WindowsDesktopResourceConstraints.toObject(m.windows_desktop, o, q + 1);
                if (o.oneofs)
                    d.details = "windows_desktop";
            }
            return d;
        };

        ResourceConstraints.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ResourceConstraints;
    })();

    types.ResourceAccessID = (function() {

        function ResourceAccessID(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ResourceAccessID.prototype.id = null;
        ResourceAccessID.prototype.constraints = null;

        ResourceAccessID.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.id != null && Object.hasOwnProperty.call(m, "id"))
                $root.types.ResourceID.encode(m.id, w.uint32(10).fork(), q + 1).ldelim();
            if (m.constraints != null && Object.hasOwnProperty.call(m, "constraints"))
                $root.types.ResourceConstraints.encode(m.constraints, w.uint32(18).fork(), q + 1).ldelim();
            return w;
        };

        ResourceAccessID.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.ResourceAccessID();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.id = $root.types.ResourceID.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 2: {
                        m.constraints = $root.types.ResourceConstraints.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ResourceAccessID.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.ResourceAccessID)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.ResourceAccessID: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.ResourceAccessID();
            if (d.id != null) {
                if (!$util.isObject(d.id))
                    throw TypeError(".types.ResourceAccessID.id: object expected");
                m.id = $root.types.ResourceID.fromObject(d.id, n + 1);
            }
            if (d.constraints != null) {
                if (!$util.isObject(d.constraints))
                    throw TypeError(".types.ResourceAccessID.constraints: object expected");
                m.constraints = $root.types.ResourceConstraints.fromObject(d.constraints, n + 1);
            }
            return m;
        };

        ResourceAccessID.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.id = null;
                d.constraints = null;
            }
            if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                d.id = $root.types.ResourceID.toObject(m.id, o, q + 1);
            }
            if (m.constraints != null && Object.hasOwnProperty.call(m, "constraints")) {
                d.constraints = $root.types.ResourceConstraints.toObject(m.constraints, o, q + 1);
            }
            return d;
        };

        ResourceAccessID.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ResourceAccessID;
    })();

    types.AccessReviewThreshold = (function() {

        function AccessReviewThreshold(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessReviewThreshold.prototype.Name = "";
        AccessReviewThreshold.prototype.Filter = "";
        AccessReviewThreshold.prototype.Approve = 0;
        AccessReviewThreshold.prototype.Deny = 0;

        AccessReviewThreshold.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name"))
                w.uint32(10).string(m.Name);
            if (m.Filter != null && Object.hasOwnProperty.call(m, "Filter"))
                w.uint32(18).string(m.Filter);
            if (m.Approve != null && Object.hasOwnProperty.call(m, "Approve"))
                w.uint32(24).uint32(m.Approve);
            if (m.Deny != null && Object.hasOwnProperty.call(m, "Deny"))
                w.uint32(32).uint32(m.Deny);
            return w;
        };

        AccessReviewThreshold.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessReviewThreshold();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Name = r.string();
                        break;
                    }
                case 2: {
                        m.Filter = r.string();
                        break;
                    }
                case 3: {
                        m.Approve = r.uint32();
                        break;
                    }
                case 4: {
                        m.Deny = r.uint32();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessReviewThreshold.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessReviewThreshold)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessReviewThreshold: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessReviewThreshold();
            if (d.Name != null) {
                m.Name = String(d.Name);
            }
            if (d.Filter != null) {
                m.Filter = String(d.Filter);
            }
            if (d.Approve != null) {
                m.Approve = d.Approve >>> 0;
            }
            if (d.Deny != null) {
                m.Deny = d.Deny >>> 0;
            }
            return m;
        };

        AccessReviewThreshold.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Name = "";
                d.Filter = "";
                d.Approve = 0;
                d.Deny = 0;
            }
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name")) {
                d.Name = m.Name;
            }
            if (m.Filter != null && Object.hasOwnProperty.call(m, "Filter")) {
                d.Filter = m.Filter;
            }
            if (m.Approve != null && Object.hasOwnProperty.call(m, "Approve")) {
                d.Approve = m.Approve;
            }
            if (m.Deny != null && Object.hasOwnProperty.call(m, "Deny")) {
                d.Deny = m.Deny;
            }
            return d;
        };

        AccessReviewThreshold.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessReviewThreshold;
    })();

    types.ThresholdIndexSet = (function() {

        function ThresholdIndexSet(p) {
            this.Indexes = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ThresholdIndexSet.prototype.Indexes = $util.emptyArray;

        ThresholdIndexSet.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Indexes != null && m.Indexes.length) {
                w.uint32(10).fork();
                for (var i = 0; i < m.Indexes.length; ++i)
                    w.uint32(m.Indexes[i]);
                w.ldelim();
            }
            return w;
        };

        ThresholdIndexSet.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.ThresholdIndexSet();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Indexes && m.Indexes.length))
                            m.Indexes = [];
                        if ((t & 7) === 2) {
                            var c2 = r.uint32() + r.pos;
                            if (c2 > r.len)
                                throw RangeError("index out of range");
                            r.len = c2;
                            while (r.pos < c2)
                                m.Indexes.push(r.uint32());
                            if (r.pos !== c2)
                                throw RangeError("index out of range");
                            r.len = c;
                        } else
                            m.Indexes.push(r.uint32());
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ThresholdIndexSet.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.ThresholdIndexSet)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.ThresholdIndexSet: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.ThresholdIndexSet();
            if (d.Indexes) {
                if (!Array.isArray(d.Indexes))
                    throw TypeError(".types.ThresholdIndexSet.Indexes: array expected");
                m.Indexes = [];
                for (var i = 0; i < d.Indexes.length; ++i) {
                    m.Indexes[i] = d.Indexes[i] >>> 0;
                }
            }
            return m;
        };

        ThresholdIndexSet.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Indexes = [];
            }
            if (m.Indexes && m.Indexes.length) {
                d.Indexes = [];
                for (var j = 0; j < m.Indexes.length; ++j) {
                    d.Indexes[j] = m.Indexes[j];
                }
            }
            return d;
        };

        ThresholdIndexSet.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ThresholdIndexSet;
    })();

    types.ThresholdIndexSets = (function() {

        function ThresholdIndexSets(p) {
            this.Sets = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ThresholdIndexSets.prototype.Sets = $util.emptyArray;

        ThresholdIndexSets.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Sets != null && m.Sets.length) {
                for (var i = 0; i < m.Sets.length; ++i)
                    $root.types.ThresholdIndexSet.encode(m.Sets[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            return w;
        };

        ThresholdIndexSets.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.ThresholdIndexSets();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Sets && m.Sets.length))
                            m.Sets = [];
                        m.Sets.push($root.types.ThresholdIndexSet.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ThresholdIndexSets.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.ThresholdIndexSets)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.ThresholdIndexSets: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.ThresholdIndexSets();
            if (d.Sets) {
                if (!Array.isArray(d.Sets))
                    throw TypeError(".types.ThresholdIndexSets.Sets: array expected");
                m.Sets = [];
                for (var i = 0; i < d.Sets.length; ++i) {
                    if (!$util.isObject(d.Sets[i]))
                        throw TypeError(".types.ThresholdIndexSets.Sets: object expected");
                    m.Sets[i] = $root.types.ThresholdIndexSet.fromObject(d.Sets[i], n + 1);
                }
            }
            return m;
        };

        ThresholdIndexSets.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Sets = [];
            }
            if (m.Sets && m.Sets.length) {
                d.Sets = [];
                for (var j = 0; j < m.Sets.length; ++j) {
                    d.Sets[j] = $root.types.ThresholdIndexSet.toObject(m.Sets[j], o, q + 1);
                }
            }
            return d;
        };

        ThresholdIndexSets.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ThresholdIndexSets;
    })();

    types.PromotedAccessList = (function() {

        function PromotedAccessList(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PromotedAccessList.prototype.Name = "";
        PromotedAccessList.prototype.Title = "";

        PromotedAccessList.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name"))
                w.uint32(10).string(m.Name);
            if (m.Title != null && Object.hasOwnProperty.call(m, "Title"))
                w.uint32(18).string(m.Title);
            return w;
        };

        PromotedAccessList.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.PromotedAccessList();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Name = r.string();
                        break;
                    }
                case 2: {
                        m.Title = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PromotedAccessList.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.PromotedAccessList)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.PromotedAccessList: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.PromotedAccessList();
            if (d.Name != null) {
                m.Name = String(d.Name);
            }
            if (d.Title != null) {
                m.Title = String(d.Title);
            }
            return m;
        };

        PromotedAccessList.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Name = "";
                d.Title = "";
            }
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name")) {
                d.Name = m.Name;
            }
            if (m.Title != null && Object.hasOwnProperty.call(m, "Title")) {
                d.Title = m.Title;
            }
            return d;
        };

        PromotedAccessList.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PromotedAccessList;
    })();

    types.AccessReview = (function() {

        function AccessReview(p) {
            this.Roles = [];
            this.ThresholdIndexes = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessReview.prototype.Author = "";
        AccessReview.prototype.Roles = $util.emptyArray;
        AccessReview.prototype.ProposedState = 0;
        AccessReview.prototype.Reason = "";
        AccessReview.prototype.Created = null;
        AccessReview.prototype.Annotations = null;
        AccessReview.prototype.ThresholdIndexes = $util.emptyArray;
        AccessReview.prototype.accessList = null;
        AccessReview.prototype.AssumeStartTime = null;
        AccessReview.prototype.SubmittedBy = "";
        AccessReview.prototype.submitted_on_behalf_of_author = false;

        AccessReview.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Author != null && Object.hasOwnProperty.call(m, "Author"))
                w.uint32(10).string(m.Author);
            if (m.Roles != null && m.Roles.length) {
                for (var i = 0; i < m.Roles.length; ++i)
                    w.uint32(18).string(m.Roles[i]);
            }
            if (m.ProposedState != null && Object.hasOwnProperty.call(m, "ProposedState"))
                w.uint32(24).int32(m.ProposedState);
            if (m.Reason != null && Object.hasOwnProperty.call(m, "Reason"))
                w.uint32(34).string(m.Reason);
            if (m.Created != null && Object.hasOwnProperty.call(m, "Created"))
                $root.google.protobuf.Timestamp.encode(m.Created, w.uint32(42).fork(), q + 1).ldelim();
            if (m.Annotations != null && Object.hasOwnProperty.call(m, "Annotations"))
                $root.wrappers.LabelValues.encode(m.Annotations, w.uint32(50).fork(), q + 1).ldelim();
            if (m.ThresholdIndexes != null && m.ThresholdIndexes.length) {
                w.uint32(58).fork();
                for (var i = 0; i < m.ThresholdIndexes.length; ++i)
                    w.uint32(m.ThresholdIndexes[i]);
                w.ldelim();
            }
            if (m.accessList != null && Object.hasOwnProperty.call(m, "accessList"))
                $root.types.PromotedAccessList.encode(m.accessList, w.uint32(74).fork(), q + 1).ldelim();
            if (m.AssumeStartTime != null && Object.hasOwnProperty.call(m, "AssumeStartTime"))
                $root.google.protobuf.Timestamp.encode(m.AssumeStartTime, w.uint32(82).fork(), q + 1).ldelim();
            if (m.SubmittedBy != null && Object.hasOwnProperty.call(m, "SubmittedBy"))
                w.uint32(90).string(m.SubmittedBy);
            if (m.submitted_on_behalf_of_author != null && Object.hasOwnProperty.call(m, "submitted_on_behalf_of_author"))
                w.uint32(96).bool(m.submitted_on_behalf_of_author);
            return w;
        };

        AccessReview.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessReview();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Author = r.string();
                        break;
                    }
                case 2: {
                        if (!(m.Roles && m.Roles.length))
                            m.Roles = [];
                        m.Roles.push(r.string());
                        break;
                    }
                case 3: {
                        m.ProposedState = r.int32();
                        break;
                    }
                case 4: {
                        m.Reason = r.string();
                        break;
                    }
                case 5: {
                        m.Created = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 6: {
                        m.Annotations = $root.wrappers.LabelValues.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 7: {
                        if (!(m.ThresholdIndexes && m.ThresholdIndexes.length))
                            m.ThresholdIndexes = [];
                        if ((t & 7) === 2) {
                            var c2 = r.uint32() + r.pos;
                            if (c2 > r.len)
                                throw RangeError("index out of range");
                            r.len = c2;
                            while (r.pos < c2)
                                m.ThresholdIndexes.push(r.uint32());
                            if (r.pos !== c2)
                                throw RangeError("index out of range");
                            r.len = c;
                        } else
                            m.ThresholdIndexes.push(r.uint32());
                        break;
                    }
                case 9: {
                        m.accessList = $root.types.PromotedAccessList.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 10: {
                        m.AssumeStartTime = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 11: {
                        m.SubmittedBy = r.string();
                        break;
                    }
                case 12: {
                        m.submitted_on_behalf_of_author = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessReview.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessReview)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessReview: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessReview();
            if (d.Author != null) {
                m.Author = String(d.Author);
            }
            if (d.Roles) {
                if (!Array.isArray(d.Roles))
                    throw TypeError(".types.AccessReview.Roles: array expected");
                m.Roles = [];
                for (var i = 0; i < d.Roles.length; ++i) {
                    m.Roles[i] = String(d.Roles[i]);
                }
            }
            switch (d.ProposedState) {
            default:
                if (typeof d.ProposedState === "number") {
                    m.ProposedState = d.ProposedState;
                    break;
                }
                break;
            case "NONE":
            case 0:
                m.ProposedState = 0;
                break;
            case "PENDING":
            case 1:
                m.ProposedState = 1;
                break;
            case "APPROVED":
            case 2:
                m.ProposedState = 2;
                break;
            case "DENIED":
            case 3:
                m.ProposedState = 3;
                break;
            case "PROMOTED":
            case 4:
                m.ProposedState = 4;
                break;
            }
            if (d.Reason != null) {
                m.Reason = String(d.Reason);
            }
            if (d.Created != null) {
                if (!$util.isObject(d.Created))
                    throw TypeError(".types.AccessReview.Created: object expected");
                m.Created = $root.google.protobuf.Timestamp.fromObject(d.Created, n + 1);
            }
            if (d.Annotations != null) {
                if (!$util.isObject(d.Annotations))
                    throw TypeError(".types.AccessReview.Annotations: object expected");
                m.Annotations = $root.wrappers.LabelValues.fromObject(d.Annotations, n + 1);
            }
            if (d.ThresholdIndexes) {
                if (!Array.isArray(d.ThresholdIndexes))
                    throw TypeError(".types.AccessReview.ThresholdIndexes: array expected");
                m.ThresholdIndexes = [];
                for (var i = 0; i < d.ThresholdIndexes.length; ++i) {
                    m.ThresholdIndexes[i] = d.ThresholdIndexes[i] >>> 0;
                }
            }
            if (d.accessList != null) {
                if (!$util.isObject(d.accessList))
                    throw TypeError(".types.AccessReview.accessList: object expected");
                m.accessList = $root.types.PromotedAccessList.fromObject(d.accessList, n + 1);
            }
            if (d.AssumeStartTime != null) {
                if (!$util.isObject(d.AssumeStartTime))
                    throw TypeError(".types.AccessReview.AssumeStartTime: object expected");
                m.AssumeStartTime = $root.google.protobuf.Timestamp.fromObject(d.AssumeStartTime, n + 1);
            }
            if (d.SubmittedBy != null) {
                m.SubmittedBy = String(d.SubmittedBy);
            }
            if (d.submitted_on_behalf_of_author != null) {
                m.submitted_on_behalf_of_author = Boolean(d.submitted_on_behalf_of_author);
            }
            return m;
        };

        AccessReview.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Roles = [];
                d.ThresholdIndexes = [];
            }
            if (o.defaults) {
                d.Author = "";
                d.ProposedState = o.enums === String ? "NONE" : 0;
                d.Reason = "";
                d.Created = null;
                d.Annotations = null;
                d.accessList = null;
                d.AssumeStartTime = null;
                d.SubmittedBy = "";
                d.submitted_on_behalf_of_author = false;
            }
            if (m.Author != null && Object.hasOwnProperty.call(m, "Author")) {
                d.Author = m.Author;
            }
            if (m.Roles && m.Roles.length) {
                d.Roles = [];
                for (var j = 0; j < m.Roles.length; ++j) {
                    d.Roles[j] = m.Roles[j];
                }
            }
            if (m.ProposedState != null && Object.hasOwnProperty.call(m, "ProposedState")) {
                d.ProposedState = o.enums === String ? $root.types.RequestState[m.ProposedState] === undefined ? m.ProposedState : $root.types.RequestState[m.ProposedState] : m.ProposedState;
            }
            if (m.Reason != null && Object.hasOwnProperty.call(m, "Reason")) {
                d.Reason = m.Reason;
            }
            if (m.Created != null && Object.hasOwnProperty.call(m, "Created")) {
                d.Created = $root.google.protobuf.Timestamp.toObject(m.Created, o, q + 1);
            }
            if (m.Annotations != null && Object.hasOwnProperty.call(m, "Annotations")) {
                d.Annotations = $root.wrappers.LabelValues.toObject(m.Annotations, o, q + 1);
            }
            if (m.ThresholdIndexes && m.ThresholdIndexes.length) {
                d.ThresholdIndexes = [];
                for (var j = 0; j < m.ThresholdIndexes.length; ++j) {
                    d.ThresholdIndexes[j] = m.ThresholdIndexes[j];
                }
            }
            if (m.accessList != null && Object.hasOwnProperty.call(m, "accessList")) {
                d.accessList = $root.types.PromotedAccessList.toObject(m.accessList, o, q + 1);
            }
            if (m.AssumeStartTime != null && Object.hasOwnProperty.call(m, "AssumeStartTime")) {
                d.AssumeStartTime = $root.google.protobuf.Timestamp.toObject(m.AssumeStartTime, o, q + 1);
            }
            if (m.SubmittedBy != null && Object.hasOwnProperty.call(m, "SubmittedBy")) {
                d.SubmittedBy = m.SubmittedBy;
            }
            if (m.submitted_on_behalf_of_author != null && Object.hasOwnProperty.call(m, "submitted_on_behalf_of_author")) {
                d.submitted_on_behalf_of_author = m.submitted_on_behalf_of_author;
            }
            return d;
        };

        AccessReview.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessReview;
    })();

    types.DryRunEnrichment = (function() {

        function DryRunEnrichment(p) {
            this.ReasonPrompts = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        DryRunEnrichment.prototype.ReasonMode = "";
        DryRunEnrichment.prototype.ReasonPrompts = $util.emptyArray;

        DryRunEnrichment.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.ReasonMode != null && Object.hasOwnProperty.call(m, "ReasonMode"))
                w.uint32(10).string(m.ReasonMode);
            if (m.ReasonPrompts != null && m.ReasonPrompts.length) {
                for (var i = 0; i < m.ReasonPrompts.length; ++i)
                    w.uint32(18).string(m.ReasonPrompts[i]);
            }
            return w;
        };

        DryRunEnrichment.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.DryRunEnrichment();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.ReasonMode = r.string();
                        break;
                    }
                case 2: {
                        if (!(m.ReasonPrompts && m.ReasonPrompts.length))
                            m.ReasonPrompts = [];
                        m.ReasonPrompts.push(r.string());
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        DryRunEnrichment.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.DryRunEnrichment)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.DryRunEnrichment: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.DryRunEnrichment();
            if (d.ReasonMode != null) {
                m.ReasonMode = String(d.ReasonMode);
            }
            if (d.ReasonPrompts) {
                if (!Array.isArray(d.ReasonPrompts))
                    throw TypeError(".types.DryRunEnrichment.ReasonPrompts: array expected");
                m.ReasonPrompts = [];
                for (var i = 0; i < d.ReasonPrompts.length; ++i) {
                    m.ReasonPrompts[i] = String(d.ReasonPrompts[i]);
                }
            }
            return m;
        };

        DryRunEnrichment.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.ReasonPrompts = [];
            }
            if (o.defaults) {
                d.ReasonMode = "";
            }
            if (m.ReasonMode != null && Object.hasOwnProperty.call(m, "ReasonMode")) {
                d.ReasonMode = m.ReasonMode;
            }
            if (m.ReasonPrompts && m.ReasonPrompts.length) {
                d.ReasonPrompts = [];
                for (var j = 0; j < m.ReasonPrompts.length; ++j) {
                    d.ReasonPrompts[j] = m.ReasonPrompts[j];
                }
            }
            return d;
        };

        DryRunEnrichment.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DryRunEnrichment;
    })();

    types.AccessRequestSpecV3 = (function() {

        function AccessRequestSpecV3(p) {
            this.Roles = [];
            this.Thresholds = [];
            this.RoleThresholdMapping = {};
            this.Reviews = [];
            this.SuggestedReviewers = [];
            this.RequestedResourceIDs = [];
            this.RequestedResourceAccessIDs = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessRequestSpecV3.prototype.User = "";
        AccessRequestSpecV3.prototype.Roles = $util.emptyArray;
        AccessRequestSpecV3.prototype.State = 0;
        AccessRequestSpecV3.prototype.Created = null;
        AccessRequestSpecV3.prototype.Expires = null;
        AccessRequestSpecV3.prototype.RequestReason = "";
        AccessRequestSpecV3.prototype.ResolveReason = "";
        AccessRequestSpecV3.prototype.ResolveAnnotations = null;
        AccessRequestSpecV3.prototype.SystemAnnotations = null;
        AccessRequestSpecV3.prototype.Thresholds = $util.emptyArray;
        AccessRequestSpecV3.prototype.RoleThresholdMapping = $util.emptyObject;
        AccessRequestSpecV3.prototype.Reviews = $util.emptyArray;
        AccessRequestSpecV3.prototype.SuggestedReviewers = $util.emptyArray;
        AccessRequestSpecV3.prototype.RequestedResourceIDs = $util.emptyArray;
        AccessRequestSpecV3.prototype.LoginHint = "";
        AccessRequestSpecV3.prototype.DryRun = false;
        AccessRequestSpecV3.prototype.MaxDuration = null;
        AccessRequestSpecV3.prototype.SessionTTL = null;
        AccessRequestSpecV3.prototype.accessList = null;
        AccessRequestSpecV3.prototype.AssumeStartTime = null;
        AccessRequestSpecV3.prototype.ResourceExpiry = null;
        AccessRequestSpecV3.prototype.DryRunEnrichment = null;
        AccessRequestSpecV3.prototype.RequestKind = 0;
        AccessRequestSpecV3.prototype.RequestedResourceAccessIDs = $util.emptyArray;

        AccessRequestSpecV3.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.User != null && Object.hasOwnProperty.call(m, "User"))
                w.uint32(10).string(m.User);
            if (m.Roles != null && m.Roles.length) {
                for (var i = 0; i < m.Roles.length; ++i)
                    w.uint32(18).string(m.Roles[i]);
            }
            if (m.State != null && Object.hasOwnProperty.call(m, "State"))
                w.uint32(24).int32(m.State);
            if (m.Created != null && Object.hasOwnProperty.call(m, "Created"))
                $root.google.protobuf.Timestamp.encode(m.Created, w.uint32(34).fork(), q + 1).ldelim();
            if (m.Expires != null && Object.hasOwnProperty.call(m, "Expires"))
                $root.google.protobuf.Timestamp.encode(m.Expires, w.uint32(42).fork(), q + 1).ldelim();
            if (m.RequestReason != null && Object.hasOwnProperty.call(m, "RequestReason"))
                w.uint32(50).string(m.RequestReason);
            if (m.ResolveReason != null && Object.hasOwnProperty.call(m, "ResolveReason"))
                w.uint32(58).string(m.ResolveReason);
            if (m.ResolveAnnotations != null && Object.hasOwnProperty.call(m, "ResolveAnnotations"))
                $root.wrappers.LabelValues.encode(m.ResolveAnnotations, w.uint32(66).fork(), q + 1).ldelim();
            if (m.SystemAnnotations != null && Object.hasOwnProperty.call(m, "SystemAnnotations"))
                $root.wrappers.LabelValues.encode(m.SystemAnnotations, w.uint32(74).fork(), q + 1).ldelim();
            if (m.Thresholds != null && m.Thresholds.length) {
                for (var i = 0; i < m.Thresholds.length; ++i)
                    $root.types.AccessReviewThreshold.encode(m.Thresholds[i], w.uint32(82).fork(), q + 1).ldelim();
            }
            if (m.RoleThresholdMapping != null && Object.hasOwnProperty.call(m, "RoleThresholdMapping")) {
                for (var ks = Object.keys(m.RoleThresholdMapping), i = 0; i < ks.length; ++i) {
                    w.uint32(90).fork().uint32(10).string(ks[i]);
                    $root.types.ThresholdIndexSets.encode(m.RoleThresholdMapping[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
            }
            if (m.Reviews != null && m.Reviews.length) {
                for (var i = 0; i < m.Reviews.length; ++i)
                    $root.types.AccessReview.encode(m.Reviews[i], w.uint32(98).fork(), q + 1).ldelim();
            }
            if (m.SuggestedReviewers != null && m.SuggestedReviewers.length) {
                for (var i = 0; i < m.SuggestedReviewers.length; ++i)
                    w.uint32(106).string(m.SuggestedReviewers[i]);
            }
            if (m.RequestedResourceIDs != null && m.RequestedResourceIDs.length) {
                for (var i = 0; i < m.RequestedResourceIDs.length; ++i)
                    $root.types.ResourceID.encode(m.RequestedResourceIDs[i], w.uint32(114).fork(), q + 1).ldelim();
            }
            if (m.LoginHint != null && Object.hasOwnProperty.call(m, "LoginHint"))
                w.uint32(122).string(m.LoginHint);
            if (m.DryRun != null && Object.hasOwnProperty.call(m, "DryRun"))
                w.uint32(128).bool(m.DryRun);
            if (m.MaxDuration != null && Object.hasOwnProperty.call(m, "MaxDuration"))
                $root.google.protobuf.Timestamp.encode(m.MaxDuration, w.uint32(138).fork(), q + 1).ldelim();
            if (m.SessionTTL != null && Object.hasOwnProperty.call(m, "SessionTTL"))
                $root.google.protobuf.Timestamp.encode(m.SessionTTL, w.uint32(146).fork(), q + 1).ldelim();
            if (m.accessList != null && Object.hasOwnProperty.call(m, "accessList"))
                $root.types.PromotedAccessList.encode(m.accessList, w.uint32(162).fork(), q + 1).ldelim();
            if (m.AssumeStartTime != null && Object.hasOwnProperty.call(m, "AssumeStartTime"))
                $root.google.protobuf.Timestamp.encode(m.AssumeStartTime, w.uint32(170).fork(), q + 1).ldelim();
            if (m.ResourceExpiry != null && Object.hasOwnProperty.call(m, "ResourceExpiry"))
                $root.google.protobuf.Timestamp.encode(m.ResourceExpiry, w.uint32(178).fork(), q + 1).ldelim();
            if (m.DryRunEnrichment != null && Object.hasOwnProperty.call(m, "DryRunEnrichment"))
                $root.types.DryRunEnrichment.encode(m.DryRunEnrichment, w.uint32(186).fork(), q + 1).ldelim();
            if (m.RequestKind != null && Object.hasOwnProperty.call(m, "RequestKind"))
                w.uint32(192).int32(m.RequestKind);
            if (m.RequestedResourceAccessIDs != null && m.RequestedResourceAccessIDs.length) {
                for (var i = 0; i < m.RequestedResourceAccessIDs.length; ++i)
                    $root.types.ResourceAccessID.encode(m.RequestedResourceAccessIDs[i], w.uint32(210).fork(), q + 1).ldelim();
            }
            return w;
        };

        AccessRequestSpecV3.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m, k, value;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessRequestSpecV3();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.User = r.string();
                        break;
                    }
                case 2: {
                        if (!(m.Roles && m.Roles.length))
                            m.Roles = [];
                        m.Roles.push(r.string());
                        break;
                    }
                case 3: {
                        m.State = r.int32();
                        break;
                    }
                case 4: {
                        m.Created = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 5: {
                        m.Expires = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 6: {
                        m.RequestReason = r.string();
                        break;
                    }
                case 7: {
                        m.ResolveReason = r.string();
                        break;
                    }
                case 8: {
                        m.ResolveAnnotations = $root.wrappers.LabelValues.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 9: {
                        m.SystemAnnotations = $root.wrappers.LabelValues.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 10: {
                        if (!(m.Thresholds && m.Thresholds.length))
                            m.Thresholds = [];
                        m.Thresholds.push($root.types.AccessReviewThreshold.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 11: {
                        if (m.RoleThresholdMapping === $util.emptyObject)
                            m.RoleThresholdMapping = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = null;
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = $root.types.ThresholdIndexSets.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.RoleThresholdMapping, k);
                        m.RoleThresholdMapping[k] = value;
                        break;
                    }
                case 12: {
                        if (!(m.Reviews && m.Reviews.length))
                            m.Reviews = [];
                        m.Reviews.push($root.types.AccessReview.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 13: {
                        if (!(m.SuggestedReviewers && m.SuggestedReviewers.length))
                            m.SuggestedReviewers = [];
                        m.SuggestedReviewers.push(r.string());
                        break;
                    }
                case 14: {
                        if (!(m.RequestedResourceIDs && m.RequestedResourceIDs.length))
                            m.RequestedResourceIDs = [];
                        m.RequestedResourceIDs.push($root.types.ResourceID.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 15: {
                        m.LoginHint = r.string();
                        break;
                    }
                case 16: {
                        m.DryRun = r.bool();
                        break;
                    }
                case 17: {
                        m.MaxDuration = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 18: {
                        m.SessionTTL = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 20: {
                        m.accessList = $root.types.PromotedAccessList.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 21: {
                        m.AssumeStartTime = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 22: {
                        m.ResourceExpiry = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 23: {
                        m.DryRunEnrichment = $root.types.DryRunEnrichment.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 24: {
                        m.RequestKind = r.int32();
                        break;
                    }
                case 26: {
                        if (!(m.RequestedResourceAccessIDs && m.RequestedResourceAccessIDs.length))
                            m.RequestedResourceAccessIDs = [];
                        m.RequestedResourceAccessIDs.push($root.types.ResourceAccessID.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessRequestSpecV3.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessRequestSpecV3)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessRequestSpecV3: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessRequestSpecV3();
            if (d.User != null) {
                m.User = String(d.User);
            }
            if (d.Roles) {
                if (!Array.isArray(d.Roles))
                    throw TypeError(".types.AccessRequestSpecV3.Roles: array expected");
                m.Roles = [];
                for (var i = 0; i < d.Roles.length; ++i) {
                    m.Roles[i] = String(d.Roles[i]);
                }
            }
            switch (d.State) {
            default:
                if (typeof d.State === "number") {
                    m.State = d.State;
                    break;
                }
                break;
            case "NONE":
            case 0:
                m.State = 0;
                break;
            case "PENDING":
            case 1:
                m.State = 1;
                break;
            case "APPROVED":
            case 2:
                m.State = 2;
                break;
            case "DENIED":
            case 3:
                m.State = 3;
                break;
            case "PROMOTED":
            case 4:
                m.State = 4;
                break;
            }
            if (d.Created != null) {
                if (!$util.isObject(d.Created))
                    throw TypeError(".types.AccessRequestSpecV3.Created: object expected");
                m.Created = $root.google.protobuf.Timestamp.fromObject(d.Created, n + 1);
            }
            if (d.Expires != null) {
                if (!$util.isObject(d.Expires))
                    throw TypeError(".types.AccessRequestSpecV3.Expires: object expected");
                m.Expires = $root.google.protobuf.Timestamp.fromObject(d.Expires, n + 1);
            }
            if (d.RequestReason != null) {
                m.RequestReason = String(d.RequestReason);
            }
            if (d.ResolveReason != null) {
                m.ResolveReason = String(d.ResolveReason);
            }
            if (d.ResolveAnnotations != null) {
                if (!$util.isObject(d.ResolveAnnotations))
                    throw TypeError(".types.AccessRequestSpecV3.ResolveAnnotations: object expected");
                m.ResolveAnnotations = $root.wrappers.LabelValues.fromObject(d.ResolveAnnotations, n + 1);
            }
            if (d.SystemAnnotations != null) {
                if (!$util.isObject(d.SystemAnnotations))
                    throw TypeError(".types.AccessRequestSpecV3.SystemAnnotations: object expected");
                m.SystemAnnotations = $root.wrappers.LabelValues.fromObject(d.SystemAnnotations, n + 1);
            }
            if (d.Thresholds) {
                if (!Array.isArray(d.Thresholds))
                    throw TypeError(".types.AccessRequestSpecV3.Thresholds: array expected");
                m.Thresholds = [];
                for (var i = 0; i < d.Thresholds.length; ++i) {
                    if (!$util.isObject(d.Thresholds[i]))
                        throw TypeError(".types.AccessRequestSpecV3.Thresholds: object expected");
                    m.Thresholds[i] = $root.types.AccessReviewThreshold.fromObject(d.Thresholds[i], n + 1);
                }
            }
            if (d.RoleThresholdMapping) {
                if (!$util.isObject(d.RoleThresholdMapping))
                    throw TypeError(".types.AccessRequestSpecV3.RoleThresholdMapping: object expected");
                m.RoleThresholdMapping = {};
                for (var ks = Object.keys(d.RoleThresholdMapping), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.RoleThresholdMapping, ks[i]);
                    if (!$util.isObject(d.RoleThresholdMapping[ks[i]]))
                        throw TypeError(".types.AccessRequestSpecV3.RoleThresholdMapping: object expected");
                    m.RoleThresholdMapping[ks[i]] = $root.types.ThresholdIndexSets.fromObject(d.RoleThresholdMapping[ks[i]], n + 1);
                }
            }
            if (d.Reviews) {
                if (!Array.isArray(d.Reviews))
                    throw TypeError(".types.AccessRequestSpecV3.Reviews: array expected");
                m.Reviews = [];
                for (var i = 0; i < d.Reviews.length; ++i) {
                    if (!$util.isObject(d.Reviews[i]))
                        throw TypeError(".types.AccessRequestSpecV3.Reviews: object expected");
                    m.Reviews[i] = $root.types.AccessReview.fromObject(d.Reviews[i], n + 1);
                }
            }
            if (d.SuggestedReviewers) {
                if (!Array.isArray(d.SuggestedReviewers))
                    throw TypeError(".types.AccessRequestSpecV3.SuggestedReviewers: array expected");
                m.SuggestedReviewers = [];
                for (var i = 0; i < d.SuggestedReviewers.length; ++i) {
                    m.SuggestedReviewers[i] = String(d.SuggestedReviewers[i]);
                }
            }
            if (d.RequestedResourceIDs) {
                if (!Array.isArray(d.RequestedResourceIDs))
                    throw TypeError(".types.AccessRequestSpecV3.RequestedResourceIDs: array expected");
                m.RequestedResourceIDs = [];
                for (var i = 0; i < d.RequestedResourceIDs.length; ++i) {
                    if (!$util.isObject(d.RequestedResourceIDs[i]))
                        throw TypeError(".types.AccessRequestSpecV3.RequestedResourceIDs: object expected");
                    m.RequestedResourceIDs[i] = $root.types.ResourceID.fromObject(d.RequestedResourceIDs[i], n + 1);
                }
            }
            if (d.LoginHint != null) {
                m.LoginHint = String(d.LoginHint);
            }
            if (d.DryRun != null) {
                m.DryRun = Boolean(d.DryRun);
            }
            if (d.MaxDuration != null) {
                if (!$util.isObject(d.MaxDuration))
                    throw TypeError(".types.AccessRequestSpecV3.MaxDuration: object expected");
                m.MaxDuration = $root.google.protobuf.Timestamp.fromObject(d.MaxDuration, n + 1);
            }
            if (d.SessionTTL != null) {
                if (!$util.isObject(d.SessionTTL))
                    throw TypeError(".types.AccessRequestSpecV3.SessionTTL: object expected");
                m.SessionTTL = $root.google.protobuf.Timestamp.fromObject(d.SessionTTL, n + 1);
            }
            if (d.accessList != null) {
                if (!$util.isObject(d.accessList))
                    throw TypeError(".types.AccessRequestSpecV3.accessList: object expected");
                m.accessList = $root.types.PromotedAccessList.fromObject(d.accessList, n + 1);
            }
            if (d.AssumeStartTime != null) {
                if (!$util.isObject(d.AssumeStartTime))
                    throw TypeError(".types.AccessRequestSpecV3.AssumeStartTime: object expected");
                m.AssumeStartTime = $root.google.protobuf.Timestamp.fromObject(d.AssumeStartTime, n + 1);
            }
            if (d.ResourceExpiry != null) {
                if (!$util.isObject(d.ResourceExpiry))
                    throw TypeError(".types.AccessRequestSpecV3.ResourceExpiry: object expected");
                m.ResourceExpiry = $root.google.protobuf.Timestamp.fromObject(d.ResourceExpiry, n + 1);
            }
            if (d.DryRunEnrichment != null) {
                if (!$util.isObject(d.DryRunEnrichment))
                    throw TypeError(".types.AccessRequestSpecV3.DryRunEnrichment: object expected");
                m.DryRunEnrichment = $root.types.DryRunEnrichment.fromObject(d.DryRunEnrichment, n + 1);
            }
            switch (d.RequestKind) {
            default:
                if (typeof d.RequestKind === "number") {
                    m.RequestKind = d.RequestKind;
                    break;
                }
                break;
            case "UNDEFINED":
            case 0:
                m.RequestKind = 0;
                break;
            case "SHORT_TERM":
            case 1:
                m.RequestKind = 1;
                break;
            case "LONG_TERM":
            case 2:
                m.RequestKind = 2;
                break;
            }
            if (d.RequestedResourceAccessIDs) {
                if (!Array.isArray(d.RequestedResourceAccessIDs))
                    throw TypeError(".types.AccessRequestSpecV3.RequestedResourceAccessIDs: array expected");
                m.RequestedResourceAccessIDs = [];
                for (var i = 0; i < d.RequestedResourceAccessIDs.length; ++i) {
                    if (!$util.isObject(d.RequestedResourceAccessIDs[i]))
                        throw TypeError(".types.AccessRequestSpecV3.RequestedResourceAccessIDs: object expected");
                    m.RequestedResourceAccessIDs[i] = $root.types.ResourceAccessID.fromObject(d.RequestedResourceAccessIDs[i], n + 1);
                }
            }
            return m;
        };

        AccessRequestSpecV3.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Roles = [];
                d.Thresholds = [];
                d.Reviews = [];
                d.SuggestedReviewers = [];
                d.RequestedResourceIDs = [];
                d.RequestedResourceAccessIDs = [];
            }
            if (o.objects || o.defaults) {
                d.RoleThresholdMapping = {};
            }
            if (o.defaults) {
                d.User = "";
                d.State = o.enums === String ? "NONE" : 0;
                d.Created = null;
                d.Expires = null;
                d.RequestReason = "";
                d.ResolveReason = "";
                d.ResolveAnnotations = null;
                d.SystemAnnotations = null;
                d.LoginHint = "";
                d.DryRun = false;
                d.MaxDuration = null;
                d.SessionTTL = null;
                d.accessList = null;
                d.AssumeStartTime = null;
                d.ResourceExpiry = null;
                d.DryRunEnrichment = null;
                d.RequestKind = o.enums === String ? "UNDEFINED" : 0;
            }
            if (m.User != null && Object.hasOwnProperty.call(m, "User")) {
                d.User = m.User;
            }
            if (m.Roles && m.Roles.length) {
                d.Roles = [];
                for (var j = 0; j < m.Roles.length; ++j) {
                    d.Roles[j] = m.Roles[j];
                }
            }
            if (m.State != null && Object.hasOwnProperty.call(m, "State")) {
                d.State = o.enums === String ? $root.types.RequestState[m.State] === undefined ? m.State : $root.types.RequestState[m.State] : m.State;
            }
            if (m.Created != null && Object.hasOwnProperty.call(m, "Created")) {
                d.Created = $root.google.protobuf.Timestamp.toObject(m.Created, o, q + 1);
            }
            if (m.Expires != null && Object.hasOwnProperty.call(m, "Expires")) {
                d.Expires = $root.google.protobuf.Timestamp.toObject(m.Expires, o, q + 1);
            }
            if (m.RequestReason != null && Object.hasOwnProperty.call(m, "RequestReason")) {
                d.RequestReason = m.RequestReason;
            }
            if (m.ResolveReason != null && Object.hasOwnProperty.call(m, "ResolveReason")) {
                d.ResolveReason = m.ResolveReason;
            }
            if (m.ResolveAnnotations != null && Object.hasOwnProperty.call(m, "ResolveAnnotations")) {
                d.ResolveAnnotations = $root.wrappers.LabelValues.toObject(m.ResolveAnnotations, o, q + 1);
            }
            if (m.SystemAnnotations != null && Object.hasOwnProperty.call(m, "SystemAnnotations")) {
                d.SystemAnnotations = $root.wrappers.LabelValues.toObject(m.SystemAnnotations, o, q + 1);
            }
            if (m.Thresholds && m.Thresholds.length) {
                d.Thresholds = [];
                for (var j = 0; j < m.Thresholds.length; ++j) {
                    d.Thresholds[j] = $root.types.AccessReviewThreshold.toObject(m.Thresholds[j], o, q + 1);
                }
            }
            var ks2;
            if (m.RoleThresholdMapping && (ks2 = Object.keys(m.RoleThresholdMapping)).length) {
                d.RoleThresholdMapping = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.RoleThresholdMapping, ks2[j]);
                    d.RoleThresholdMapping[ks2[j]] = $root.types.ThresholdIndexSets.toObject(m.RoleThresholdMapping[ks2[j]], o, q + 1);
                }
            }
            if (m.Reviews && m.Reviews.length) {
                d.Reviews = [];
                for (var j = 0; j < m.Reviews.length; ++j) {
                    d.Reviews[j] = $root.types.AccessReview.toObject(m.Reviews[j], o, q + 1);
                }
            }
            if (m.SuggestedReviewers && m.SuggestedReviewers.length) {
                d.SuggestedReviewers = [];
                for (var j = 0; j < m.SuggestedReviewers.length; ++j) {
                    d.SuggestedReviewers[j] = m.SuggestedReviewers[j];
                }
            }
            if (m.RequestedResourceIDs && m.RequestedResourceIDs.length) {
                d.RequestedResourceIDs = [];
                for (var j = 0; j < m.RequestedResourceIDs.length; ++j) {
                    d.RequestedResourceIDs[j] = $root.types.ResourceID.toObject(m.RequestedResourceIDs[j], o, q + 1);
                }
            }
            if (m.LoginHint != null && Object.hasOwnProperty.call(m, "LoginHint")) {
                d.LoginHint = m.LoginHint;
            }
            if (m.DryRun != null && Object.hasOwnProperty.call(m, "DryRun")) {
                d.DryRun = m.DryRun;
            }
            if (m.MaxDuration != null && Object.hasOwnProperty.call(m, "MaxDuration")) {
                d.MaxDuration = $root.google.protobuf.Timestamp.toObject(m.MaxDuration, o, q + 1);
            }
            if (m.SessionTTL != null && Object.hasOwnProperty.call(m, "SessionTTL")) {
                d.SessionTTL = $root.google.protobuf.Timestamp.toObject(m.SessionTTL, o, q + 1);
            }
            if (m.accessList != null && Object.hasOwnProperty.call(m, "accessList")) {
                d.accessList = $root.types.PromotedAccessList.toObject(m.accessList, o, q + 1);
            }
            if (m.AssumeStartTime != null && Object.hasOwnProperty.call(m, "AssumeStartTime")) {
                d.AssumeStartTime = $root.google.protobuf.Timestamp.toObject(m.AssumeStartTime, o, q + 1);
            }
            if (m.ResourceExpiry != null && Object.hasOwnProperty.call(m, "ResourceExpiry")) {
                d.ResourceExpiry = $root.google.protobuf.Timestamp.toObject(m.ResourceExpiry, o, q + 1);
            }
            if (m.DryRunEnrichment != null && Object.hasOwnProperty.call(m, "DryRunEnrichment")) {
                d.DryRunEnrichment = $root.types.DryRunEnrichment.toObject(m.DryRunEnrichment, o, q + 1);
            }
            if (m.RequestKind != null && Object.hasOwnProperty.call(m, "RequestKind")) {
                d.RequestKind = o.enums === String ? $root.types.AccessRequestKind[m.RequestKind] === undefined ? m.RequestKind : $root.types.AccessRequestKind[m.RequestKind] : m.RequestKind;
            }
            if (m.RequestedResourceAccessIDs && m.RequestedResourceAccessIDs.length) {
                d.RequestedResourceAccessIDs = [];
                for (var j = 0; j < m.RequestedResourceAccessIDs.length; ++j) {
                    d.RequestedResourceAccessIDs[j] = $root.types.ResourceAccessID.toObject(m.RequestedResourceAccessIDs[j], o, q + 1);
                }
            }
            return d;
        };

        AccessRequestSpecV3.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessRequestSpecV3;
    })();

    types.AccessRequestV3 = (function() {

        function AccessRequestV3(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessRequestV3.prototype.Kind = "";
        AccessRequestV3.prototype.SubKind = "";
        AccessRequestV3.prototype.Version = "";
        AccessRequestV3.prototype.Metadata = null;
        AccessRequestV3.prototype.Spec = null;

        AccessRequestV3.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(10).string(m.Kind);
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind"))
                w.uint32(18).string(m.SubKind);
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version"))
                w.uint32(26).string(m.Version);
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata"))
                $root.types.Metadata.encode(m.Metadata, w.uint32(34).fork(), q + 1).ldelim();
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec"))
                $root.types.AccessRequestSpecV3.encode(m.Spec, w.uint32(42).fork(), q + 1).ldelim();
            return w;
        };

        AccessRequestV3.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessRequestV3();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Kind = r.string();
                        break;
                    }
                case 2: {
                        m.SubKind = r.string();
                        break;
                    }
                case 3: {
                        m.Version = r.string();
                        break;
                    }
                case 4: {
                        m.Metadata = $root.types.Metadata.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 5: {
                        m.Spec = $root.types.AccessRequestSpecV3.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessRequestV3.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessRequestV3)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessRequestV3: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessRequestV3();
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.SubKind != null) {
                m.SubKind = String(d.SubKind);
            }
            if (d.Version != null) {
                m.Version = String(d.Version);
            }
            if (d.Metadata != null) {
                if (!$util.isObject(d.Metadata))
                    throw TypeError(".types.AccessRequestV3.Metadata: object expected");
                m.Metadata = $root.types.Metadata.fromObject(d.Metadata, n + 1);
            }
            if (d.Spec != null) {
                if (!$util.isObject(d.Spec))
                    throw TypeError(".types.AccessRequestV3.Spec: object expected");
                m.Spec = $root.types.AccessRequestSpecV3.fromObject(d.Spec, n + 1);
            }
            return m;
        };

        AccessRequestV3.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Kind = "";
                d.SubKind = "";
                d.Version = "";
                d.Metadata = null;
                d.Spec = null;
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind")) {
                d.SubKind = m.SubKind;
            }
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version")) {
                d.Version = m.Version;
            }
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata")) {
                d.Metadata = $root.types.Metadata.toObject(m.Metadata, o, q + 1);
            }
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec")) {
                d.Spec = $root.types.AccessRequestSpecV3.toObject(m.Spec, o, q + 1);
            }
            return d;
        };

        AccessRequestV3.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessRequestV3;
    })();

    types.AccessReviewSubmission = (function() {

        function AccessReviewSubmission(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessReviewSubmission.prototype.RequestID = "";
        AccessReviewSubmission.prototype.Review = null;

        AccessReviewSubmission.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.RequestID != null && Object.hasOwnProperty.call(m, "RequestID"))
                w.uint32(10).string(m.RequestID);
            if (m.Review != null && Object.hasOwnProperty.call(m, "Review"))
                $root.types.AccessReview.encode(m.Review, w.uint32(18).fork(), q + 1).ldelim();
            return w;
        };

        AccessReviewSubmission.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessReviewSubmission();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.RequestID = r.string();
                        break;
                    }
                case 2: {
                        m.Review = $root.types.AccessReview.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessReviewSubmission.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessReviewSubmission)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessReviewSubmission: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessReviewSubmission();
            if (d.RequestID != null) {
                m.RequestID = String(d.RequestID);
            }
            if (d.Review != null) {
                if (!$util.isObject(d.Review))
                    throw TypeError(".types.AccessReviewSubmission.Review: object expected");
                m.Review = $root.types.AccessReview.fromObject(d.Review, n + 1);
            }
            return m;
        };

        AccessReviewSubmission.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.RequestID = "";
                d.Review = null;
            }
            if (m.RequestID != null && Object.hasOwnProperty.call(m, "RequestID")) {
                d.RequestID = m.RequestID;
            }
            if (m.Review != null && Object.hasOwnProperty.call(m, "Review")) {
                d.Review = $root.types.AccessReview.toObject(m.Review, o, q + 1);
            }
            return d;
        };

        AccessReviewSubmission.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessReviewSubmission;
    })();

    types.AccessRequestFilter = (function() {

        function AccessRequestFilter(p) {
            this.SearchKeywords = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessRequestFilter.prototype.ID = "";
        AccessRequestFilter.prototype.User = "";
        AccessRequestFilter.prototype.State = 0;
        AccessRequestFilter.prototype.SearchKeywords = $util.emptyArray;
        AccessRequestFilter.prototype.Scope = 0;
        AccessRequestFilter.prototype.Requester = "";

        AccessRequestFilter.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.ID != null && Object.hasOwnProperty.call(m, "ID"))
                w.uint32(10).string(m.ID);
            if (m.User != null && Object.hasOwnProperty.call(m, "User"))
                w.uint32(18).string(m.User);
            if (m.State != null && Object.hasOwnProperty.call(m, "State"))
                w.uint32(24).int32(m.State);
            if (m.SearchKeywords != null && m.SearchKeywords.length) {
                for (var i = 0; i < m.SearchKeywords.length; ++i)
                    w.uint32(34).string(m.SearchKeywords[i]);
            }
            if (m.Scope != null && Object.hasOwnProperty.call(m, "Scope"))
                w.uint32(40).int32(m.Scope);
            if (m.Requester != null && Object.hasOwnProperty.call(m, "Requester"))
                w.uint32(50).string(m.Requester);
            return w;
        };

        AccessRequestFilter.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessRequestFilter();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.ID = r.string();
                        break;
                    }
                case 2: {
                        m.User = r.string();
                        break;
                    }
                case 3: {
                        m.State = r.int32();
                        break;
                    }
                case 4: {
                        if (!(m.SearchKeywords && m.SearchKeywords.length))
                            m.SearchKeywords = [];
                        m.SearchKeywords.push(r.string());
                        break;
                    }
                case 5: {
                        m.Scope = r.int32();
                        break;
                    }
                case 6: {
                        m.Requester = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessRequestFilter.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessRequestFilter)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessRequestFilter: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessRequestFilter();
            if (d.ID != null) {
                m.ID = String(d.ID);
            }
            if (d.User != null) {
                m.User = String(d.User);
            }
            switch (d.State) {
            default:
                if (typeof d.State === "number") {
                    m.State = d.State;
                    break;
                }
                break;
            case "NONE":
            case 0:
                m.State = 0;
                break;
            case "PENDING":
            case 1:
                m.State = 1;
                break;
            case "APPROVED":
            case 2:
                m.State = 2;
                break;
            case "DENIED":
            case 3:
                m.State = 3;
                break;
            case "PROMOTED":
            case 4:
                m.State = 4;
                break;
            }
            if (d.SearchKeywords) {
                if (!Array.isArray(d.SearchKeywords))
                    throw TypeError(".types.AccessRequestFilter.SearchKeywords: array expected");
                m.SearchKeywords = [];
                for (var i = 0; i < d.SearchKeywords.length; ++i) {
                    m.SearchKeywords[i] = String(d.SearchKeywords[i]);
                }
            }
            switch (d.Scope) {
            default:
                if (typeof d.Scope === "number") {
                    m.Scope = d.Scope;
                    break;
                }
                break;
            case "DEFAULT":
            case 0:
                m.Scope = 0;
                break;
            case "MY_REQUESTS":
            case 1:
                m.Scope = 1;
                break;
            case "NEEDS_REVIEW":
            case 2:
                m.Scope = 2;
                break;
            case "REVIEWED":
            case 3:
                m.Scope = 3;
                break;
            }
            if (d.Requester != null) {
                m.Requester = String(d.Requester);
            }
            return m;
        };

        AccessRequestFilter.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.SearchKeywords = [];
            }
            if (o.defaults) {
                d.ID = "";
                d.User = "";
                d.State = o.enums === String ? "NONE" : 0;
                d.Scope = o.enums === String ? "DEFAULT" : 0;
                d.Requester = "";
            }
            if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
            }
            if (m.User != null && Object.hasOwnProperty.call(m, "User")) {
                d.User = m.User;
            }
            if (m.State != null && Object.hasOwnProperty.call(m, "State")) {
                d.State = o.enums === String ? $root.types.RequestState[m.State] === undefined ? m.State : $root.types.RequestState[m.State] : m.State;
            }
            if (m.SearchKeywords && m.SearchKeywords.length) {
                d.SearchKeywords = [];
                for (var j = 0; j < m.SearchKeywords.length; ++j) {
                    d.SearchKeywords[j] = m.SearchKeywords[j];
                }
            }
            if (m.Scope != null && Object.hasOwnProperty.call(m, "Scope")) {
                d.Scope = o.enums === String ? $root.types.AccessRequestScope[m.Scope] === undefined ? m.Scope : $root.types.AccessRequestScope[m.Scope] : m.Scope;
            }
            if (m.Requester != null && Object.hasOwnProperty.call(m, "Requester")) {
                d.Requester = m.Requester;
            }
            return d;
        };

        AccessRequestFilter.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessRequestFilter;
    })();

    types.AccessCapabilitiesRequest = (function() {

        function AccessCapabilitiesRequest(p) {
            this.ResourceIDs = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessCapabilitiesRequest.prototype.User = "";
        AccessCapabilitiesRequest.prototype.RequestableRoles = false;
        AccessCapabilitiesRequest.prototype.SuggestedReviewers = false;
        AccessCapabilitiesRequest.prototype.ResourceIDs = $util.emptyArray;
        AccessCapabilitiesRequest.prototype.Login = "";
        AccessCapabilitiesRequest.prototype.FilterRequestableRolesByResource = false;

        AccessCapabilitiesRequest.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.User != null && Object.hasOwnProperty.call(m, "User"))
                w.uint32(10).string(m.User);
            if (m.RequestableRoles != null && Object.hasOwnProperty.call(m, "RequestableRoles"))
                w.uint32(16).bool(m.RequestableRoles);
            if (m.SuggestedReviewers != null && Object.hasOwnProperty.call(m, "SuggestedReviewers"))
                w.uint32(24).bool(m.SuggestedReviewers);
            if (m.ResourceIDs != null && m.ResourceIDs.length) {
                for (var i = 0; i < m.ResourceIDs.length; ++i)
                    $root.types.ResourceID.encode(m.ResourceIDs[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.Login != null && Object.hasOwnProperty.call(m, "Login"))
                w.uint32(42).string(m.Login);
            if (m.FilterRequestableRolesByResource != null && Object.hasOwnProperty.call(m, "FilterRequestableRolesByResource"))
                w.uint32(48).bool(m.FilterRequestableRolesByResource);
            return w;
        };

        AccessCapabilitiesRequest.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessCapabilitiesRequest();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.User = r.string();
                        break;
                    }
                case 2: {
                        m.RequestableRoles = r.bool();
                        break;
                    }
                case 3: {
                        m.SuggestedReviewers = r.bool();
                        break;
                    }
                case 4: {
                        if (!(m.ResourceIDs && m.ResourceIDs.length))
                            m.ResourceIDs = [];
                        m.ResourceIDs.push($root.types.ResourceID.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 5: {
                        m.Login = r.string();
                        break;
                    }
                case 6: {
                        m.FilterRequestableRolesByResource = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessCapabilitiesRequest.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessCapabilitiesRequest)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessCapabilitiesRequest: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessCapabilitiesRequest();
            if (d.User != null) {
                m.User = String(d.User);
            }
            if (d.RequestableRoles != null) {
                m.RequestableRoles = Boolean(d.RequestableRoles);
            }
            if (d.SuggestedReviewers != null) {
                m.SuggestedReviewers = Boolean(d.SuggestedReviewers);
            }
            if (d.ResourceIDs) {
                if (!Array.isArray(d.ResourceIDs))
                    throw TypeError(".types.AccessCapabilitiesRequest.ResourceIDs: array expected");
                m.ResourceIDs = [];
                for (var i = 0; i < d.ResourceIDs.length; ++i) {
                    if (!$util.isObject(d.ResourceIDs[i]))
                        throw TypeError(".types.AccessCapabilitiesRequest.ResourceIDs: object expected");
                    m.ResourceIDs[i] = $root.types.ResourceID.fromObject(d.ResourceIDs[i], n + 1);
                }
            }
            if (d.Login != null) {
                m.Login = String(d.Login);
            }
            if (d.FilterRequestableRolesByResource != null) {
                m.FilterRequestableRolesByResource = Boolean(d.FilterRequestableRolesByResource);
            }
            return m;
        };

        AccessCapabilitiesRequest.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.ResourceIDs = [];
            }
            if (o.defaults) {
                d.User = "";
                d.RequestableRoles = false;
                d.SuggestedReviewers = false;
                d.Login = "";
                d.FilterRequestableRolesByResource = false;
            }
            if (m.User != null && Object.hasOwnProperty.call(m, "User")) {
                d.User = m.User;
            }
            if (m.RequestableRoles != null && Object.hasOwnProperty.call(m, "RequestableRoles")) {
                d.RequestableRoles = m.RequestableRoles;
            }
            if (m.SuggestedReviewers != null && Object.hasOwnProperty.call(m, "SuggestedReviewers")) {
                d.SuggestedReviewers = m.SuggestedReviewers;
            }
            if (m.ResourceIDs && m.ResourceIDs.length) {
                d.ResourceIDs = [];
                for (var j = 0; j < m.ResourceIDs.length; ++j) {
                    d.ResourceIDs[j] = $root.types.ResourceID.toObject(m.ResourceIDs[j], o, q + 1);
                }
            }
            if (m.Login != null && Object.hasOwnProperty.call(m, "Login")) {
                d.Login = m.Login;
            }
            if (m.FilterRequestableRolesByResource != null && Object.hasOwnProperty.call(m, "FilterRequestableRolesByResource")) {
                d.FilterRequestableRolesByResource = m.FilterRequestableRolesByResource;
            }
            return d;
        };

        AccessCapabilitiesRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessCapabilitiesRequest;
    })();

    types.AccessCapabilities = (function() {

        function AccessCapabilities(p) {
            this.RequestableRoles = [];
            this.SuggestedReviewers = [];
            this.ApplicableRolesForResources = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessCapabilities.prototype.RequestableRoles = $util.emptyArray;
        AccessCapabilities.prototype.SuggestedReviewers = $util.emptyArray;
        AccessCapabilities.prototype.ApplicableRolesForResources = $util.emptyArray;
        AccessCapabilities.prototype.RequestPrompt = "";
        AccessCapabilities.prototype.RequireReason = false;
        AccessCapabilities.prototype.AutoRequest = false;

        AccessCapabilities.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.RequestableRoles != null && m.RequestableRoles.length) {
                for (var i = 0; i < m.RequestableRoles.length; ++i)
                    w.uint32(10).string(m.RequestableRoles[i]);
            }
            if (m.SuggestedReviewers != null && m.SuggestedReviewers.length) {
                for (var i = 0; i < m.SuggestedReviewers.length; ++i)
                    w.uint32(18).string(m.SuggestedReviewers[i]);
            }
            if (m.ApplicableRolesForResources != null && m.ApplicableRolesForResources.length) {
                for (var i = 0; i < m.ApplicableRolesForResources.length; ++i)
                    w.uint32(26).string(m.ApplicableRolesForResources[i]);
            }
            if (m.RequestPrompt != null && Object.hasOwnProperty.call(m, "RequestPrompt"))
                w.uint32(34).string(m.RequestPrompt);
            if (m.RequireReason != null && Object.hasOwnProperty.call(m, "RequireReason"))
                w.uint32(40).bool(m.RequireReason);
            if (m.AutoRequest != null && Object.hasOwnProperty.call(m, "AutoRequest"))
                w.uint32(48).bool(m.AutoRequest);
            return w;
        };

        AccessCapabilities.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessCapabilities();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.RequestableRoles && m.RequestableRoles.length))
                            m.RequestableRoles = [];
                        m.RequestableRoles.push(r.string());
                        break;
                    }
                case 2: {
                        if (!(m.SuggestedReviewers && m.SuggestedReviewers.length))
                            m.SuggestedReviewers = [];
                        m.SuggestedReviewers.push(r.string());
                        break;
                    }
                case 3: {
                        if (!(m.ApplicableRolesForResources && m.ApplicableRolesForResources.length))
                            m.ApplicableRolesForResources = [];
                        m.ApplicableRolesForResources.push(r.string());
                        break;
                    }
                case 4: {
                        m.RequestPrompt = r.string();
                        break;
                    }
                case 5: {
                        m.RequireReason = r.bool();
                        break;
                    }
                case 6: {
                        m.AutoRequest = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessCapabilities.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessCapabilities)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessCapabilities: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessCapabilities();
            if (d.RequestableRoles) {
                if (!Array.isArray(d.RequestableRoles))
                    throw TypeError(".types.AccessCapabilities.RequestableRoles: array expected");
                m.RequestableRoles = [];
                for (var i = 0; i < d.RequestableRoles.length; ++i) {
                    m.RequestableRoles[i] = String(d.RequestableRoles[i]);
                }
            }
            if (d.SuggestedReviewers) {
                if (!Array.isArray(d.SuggestedReviewers))
                    throw TypeError(".types.AccessCapabilities.SuggestedReviewers: array expected");
                m.SuggestedReviewers = [];
                for (var i = 0; i < d.SuggestedReviewers.length; ++i) {
                    m.SuggestedReviewers[i] = String(d.SuggestedReviewers[i]);
                }
            }
            if (d.ApplicableRolesForResources) {
                if (!Array.isArray(d.ApplicableRolesForResources))
                    throw TypeError(".types.AccessCapabilities.ApplicableRolesForResources: array expected");
                m.ApplicableRolesForResources = [];
                for (var i = 0; i < d.ApplicableRolesForResources.length; ++i) {
                    m.ApplicableRolesForResources[i] = String(d.ApplicableRolesForResources[i]);
                }
            }
            if (d.RequestPrompt != null) {
                m.RequestPrompt = String(d.RequestPrompt);
            }
            if (d.RequireReason != null) {
                m.RequireReason = Boolean(d.RequireReason);
            }
            if (d.AutoRequest != null) {
                m.AutoRequest = Boolean(d.AutoRequest);
            }
            return m;
        };

        AccessCapabilities.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.RequestableRoles = [];
                d.SuggestedReviewers = [];
                d.ApplicableRolesForResources = [];
            }
            if (o.defaults) {
                d.RequestPrompt = "";
                d.RequireReason = false;
                d.AutoRequest = false;
            }
            if (m.RequestableRoles && m.RequestableRoles.length) {
                d.RequestableRoles = [];
                for (var j = 0; j < m.RequestableRoles.length; ++j) {
                    d.RequestableRoles[j] = m.RequestableRoles[j];
                }
            }
            if (m.SuggestedReviewers && m.SuggestedReviewers.length) {
                d.SuggestedReviewers = [];
                for (var j = 0; j < m.SuggestedReviewers.length; ++j) {
                    d.SuggestedReviewers[j] = m.SuggestedReviewers[j];
                }
            }
            if (m.ApplicableRolesForResources && m.ApplicableRolesForResources.length) {
                d.ApplicableRolesForResources = [];
                for (var j = 0; j < m.ApplicableRolesForResources.length; ++j) {
                    d.ApplicableRolesForResources[j] = m.ApplicableRolesForResources[j];
                }
            }
            if (m.RequestPrompt != null && Object.hasOwnProperty.call(m, "RequestPrompt")) {
                d.RequestPrompt = m.RequestPrompt;
            }
            if (m.RequireReason != null && Object.hasOwnProperty.call(m, "RequireReason")) {
                d.RequireReason = m.RequireReason;
            }
            if (m.AutoRequest != null && Object.hasOwnProperty.call(m, "AutoRequest")) {
                d.AutoRequest = m.AutoRequest;
            }
            return d;
        };

        AccessCapabilities.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessCapabilities;
    })();

    types.PluginDataEntry = (function() {

        function PluginDataEntry(p) {
            this.Data = {};
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PluginDataEntry.prototype.Data = $util.emptyObject;

        PluginDataEntry.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Data != null && Object.hasOwnProperty.call(m, "Data")) {
                for (var ks = Object.keys(m.Data), i = 0; i < ks.length; ++i) {
                    w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.Data[ks[i]]).ldelim();
                }
            }
            return w;
        };

        PluginDataEntry.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m, k, value;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.PluginDataEntry();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (m.Data === $util.emptyObject)
                            m.Data = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = "";
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = r.string();
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.Data, k);
                        m.Data[k] = value;
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PluginDataEntry.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.PluginDataEntry)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.PluginDataEntry: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.PluginDataEntry();
            if (d.Data) {
                if (!$util.isObject(d.Data))
                    throw TypeError(".types.PluginDataEntry.Data: object expected");
                m.Data = {};
                for (var ks = Object.keys(d.Data), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.Data, ks[i]);
                    m.Data[ks[i]] = String(d.Data[ks[i]]);
                }
            }
            return m;
        };

        PluginDataEntry.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.Data = {};
            }
            var ks2;
            if (m.Data && (ks2 = Object.keys(m.Data)).length) {
                d.Data = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.Data, ks2[j]);
                    d.Data[ks2[j]] = m.Data[ks2[j]];
                }
            }
            return d;
        };

        PluginDataEntry.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PluginDataEntry;
    })();

    types.PluginDataSpecV3 = (function() {

        function PluginDataSpecV3(p) {
            this.Entries = {};
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PluginDataSpecV3.prototype.Entries = $util.emptyObject;

        PluginDataSpecV3.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Entries != null && Object.hasOwnProperty.call(m, "Entries")) {
                for (var ks = Object.keys(m.Entries), i = 0; i < ks.length; ++i) {
                    w.uint32(10).fork().uint32(10).string(ks[i]);
                    $root.types.PluginDataEntry.encode(m.Entries[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
            }
            return w;
        };

        PluginDataSpecV3.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m, k, value;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.PluginDataSpecV3();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (m.Entries === $util.emptyObject)
                            m.Entries = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = null;
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = $root.types.PluginDataEntry.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.Entries, k);
                        m.Entries[k] = value;
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PluginDataSpecV3.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.PluginDataSpecV3)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.PluginDataSpecV3: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.PluginDataSpecV3();
            if (d.Entries) {
                if (!$util.isObject(d.Entries))
                    throw TypeError(".types.PluginDataSpecV3.Entries: object expected");
                m.Entries = {};
                for (var ks = Object.keys(d.Entries), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.Entries, ks[i]);
                    if (!$util.isObject(d.Entries[ks[i]]))
                        throw TypeError(".types.PluginDataSpecV3.Entries: object expected");
                    m.Entries[ks[i]] = $root.types.PluginDataEntry.fromObject(d.Entries[ks[i]], n + 1);
                }
            }
            return m;
        };

        PluginDataSpecV3.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.Entries = {};
            }
            var ks2;
            if (m.Entries && (ks2 = Object.keys(m.Entries)).length) {
                d.Entries = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.Entries, ks2[j]);
                    d.Entries[ks2[j]] = $root.types.PluginDataEntry.toObject(m.Entries[ks2[j]], o, q + 1);
                }
            }
            return d;
        };

        PluginDataSpecV3.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PluginDataSpecV3;
    })();

    types.PluginDataV3 = (function() {

        function PluginDataV3(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PluginDataV3.prototype.Kind = "";
        PluginDataV3.prototype.SubKind = "";
        PluginDataV3.prototype.Version = "";
        PluginDataV3.prototype.Metadata = null;
        PluginDataV3.prototype.Spec = null;

        PluginDataV3.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(10).string(m.Kind);
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind"))
                w.uint32(18).string(m.SubKind);
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version"))
                w.uint32(26).string(m.Version);
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata"))
                $root.types.Metadata.encode(m.Metadata, w.uint32(34).fork(), q + 1).ldelim();
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec"))
                $root.types.PluginDataSpecV3.encode(m.Spec, w.uint32(42).fork(), q + 1).ldelim();
            return w;
        };

        PluginDataV3.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.PluginDataV3();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Kind = r.string();
                        break;
                    }
                case 2: {
                        m.SubKind = r.string();
                        break;
                    }
                case 3: {
                        m.Version = r.string();
                        break;
                    }
                case 4: {
                        m.Metadata = $root.types.Metadata.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 5: {
                        m.Spec = $root.types.PluginDataSpecV3.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PluginDataV3.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.PluginDataV3)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.PluginDataV3: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.PluginDataV3();
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.SubKind != null) {
                m.SubKind = String(d.SubKind);
            }
            if (d.Version != null) {
                m.Version = String(d.Version);
            }
            if (d.Metadata != null) {
                if (!$util.isObject(d.Metadata))
                    throw TypeError(".types.PluginDataV3.Metadata: object expected");
                m.Metadata = $root.types.Metadata.fromObject(d.Metadata, n + 1);
            }
            if (d.Spec != null) {
                if (!$util.isObject(d.Spec))
                    throw TypeError(".types.PluginDataV3.Spec: object expected");
                m.Spec = $root.types.PluginDataSpecV3.fromObject(d.Spec, n + 1);
            }
            return m;
        };

        PluginDataV3.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Kind = "";
                d.SubKind = "";
                d.Version = "";
                d.Metadata = null;
                d.Spec = null;
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind")) {
                d.SubKind = m.SubKind;
            }
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version")) {
                d.Version = m.Version;
            }
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata")) {
                d.Metadata = $root.types.Metadata.toObject(m.Metadata, o, q + 1);
            }
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec")) {
                d.Spec = $root.types.PluginDataSpecV3.toObject(m.Spec, o, q + 1);
            }
            return d;
        };

        PluginDataV3.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PluginDataV3;
    })();

    types.PluginDataFilter = (function() {

        function PluginDataFilter(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PluginDataFilter.prototype.Kind = "";
        PluginDataFilter.prototype.Resource = "";
        PluginDataFilter.prototype.Plugin = "";

        PluginDataFilter.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(10).string(m.Kind);
            if (m.Resource != null && Object.hasOwnProperty.call(m, "Resource"))
                w.uint32(18).string(m.Resource);
            if (m.Plugin != null && Object.hasOwnProperty.call(m, "Plugin"))
                w.uint32(26).string(m.Plugin);
            return w;
        };

        PluginDataFilter.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.PluginDataFilter();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Kind = r.string();
                        break;
                    }
                case 2: {
                        m.Resource = r.string();
                        break;
                    }
                case 3: {
                        m.Plugin = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PluginDataFilter.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.PluginDataFilter)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.PluginDataFilter: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.PluginDataFilter();
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.Resource != null) {
                m.Resource = String(d.Resource);
            }
            if (d.Plugin != null) {
                m.Plugin = String(d.Plugin);
            }
            return m;
        };

        PluginDataFilter.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Kind = "";
                d.Resource = "";
                d.Plugin = "";
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.Resource != null && Object.hasOwnProperty.call(m, "Resource")) {
                d.Resource = m.Resource;
            }
            if (m.Plugin != null && Object.hasOwnProperty.call(m, "Plugin")) {
                d.Plugin = m.Plugin;
            }
            return d;
        };

        PluginDataFilter.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PluginDataFilter;
    })();

    types.PluginDataUpdateParams = (function() {

        function PluginDataUpdateParams(p) {
            this.Set = {};
            this.Expect = {};
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PluginDataUpdateParams.prototype.Kind = "";
        PluginDataUpdateParams.prototype.Resource = "";
        PluginDataUpdateParams.prototype.Plugin = "";
        PluginDataUpdateParams.prototype.Set = $util.emptyObject;
        PluginDataUpdateParams.prototype.Expect = $util.emptyObject;

        PluginDataUpdateParams.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(10).string(m.Kind);
            if (m.Resource != null && Object.hasOwnProperty.call(m, "Resource"))
                w.uint32(18).string(m.Resource);
            if (m.Plugin != null && Object.hasOwnProperty.call(m, "Plugin"))
                w.uint32(26).string(m.Plugin);
            if (m.Set != null && Object.hasOwnProperty.call(m, "Set")) {
                for (var ks = Object.keys(m.Set), i = 0; i < ks.length; ++i) {
                    w.uint32(34).fork().uint32(10).string(ks[i]).uint32(18).string(m.Set[ks[i]]).ldelim();
                }
            }
            if (m.Expect != null && Object.hasOwnProperty.call(m, "Expect")) {
                for (var ks = Object.keys(m.Expect), i = 0; i < ks.length; ++i) {
                    w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).string(m.Expect[ks[i]]).ldelim();
                }
            }
            return w;
        };

        PluginDataUpdateParams.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m, k, value;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.PluginDataUpdateParams();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Kind = r.string();
                        break;
                    }
                case 2: {
                        m.Resource = r.string();
                        break;
                    }
                case 3: {
                        m.Plugin = r.string();
                        break;
                    }
                case 4: {
                        if (m.Set === $util.emptyObject)
                            m.Set = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = "";
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = r.string();
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.Set, k);
                        m.Set[k] = value;
                        break;
                    }
                case 5: {
                        if (m.Expect === $util.emptyObject)
                            m.Expect = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = "";
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = r.string();
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.Expect, k);
                        m.Expect[k] = value;
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PluginDataUpdateParams.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.PluginDataUpdateParams)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.PluginDataUpdateParams: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.PluginDataUpdateParams();
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.Resource != null) {
                m.Resource = String(d.Resource);
            }
            if (d.Plugin != null) {
                m.Plugin = String(d.Plugin);
            }
            if (d.Set) {
                if (!$util.isObject(d.Set))
                    throw TypeError(".types.PluginDataUpdateParams.Set: object expected");
                m.Set = {};
                for (var ks = Object.keys(d.Set), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.Set, ks[i]);
                    m.Set[ks[i]] = String(d.Set[ks[i]]);
                }
            }
            if (d.Expect) {
                if (!$util.isObject(d.Expect))
                    throw TypeError(".types.PluginDataUpdateParams.Expect: object expected");
                m.Expect = {};
                for (var ks = Object.keys(d.Expect), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.Expect, ks[i]);
                    m.Expect[ks[i]] = String(d.Expect[ks[i]]);
                }
            }
            return m;
        };

        PluginDataUpdateParams.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.Set = {};
                d.Expect = {};
            }
            if (o.defaults) {
                d.Kind = "";
                d.Resource = "";
                d.Plugin = "";
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.Resource != null && Object.hasOwnProperty.call(m, "Resource")) {
                d.Resource = m.Resource;
            }
            if (m.Plugin != null && Object.hasOwnProperty.call(m, "Plugin")) {
                d.Plugin = m.Plugin;
            }
            var ks2;
            if (m.Set && (ks2 = Object.keys(m.Set)).length) {
                d.Set = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.Set, ks2[j]);
                    d.Set[ks2[j]] = m.Set[ks2[j]];
                }
            }
            if (m.Expect && (ks2 = Object.keys(m.Expect)).length) {
                d.Expect = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.Expect, ks2[j]);
                    d.Expect[ks2[j]] = m.Expect[ks2[j]];
                }
            }
            return d;
        };

        PluginDataUpdateParams.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PluginDataUpdateParams;
    })();

    types.ConnectorRef = (function() {

        function ConnectorRef(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ConnectorRef.prototype.Type = "";
        ConnectorRef.prototype.ID = "";
        ConnectorRef.prototype.Identity = "";

        ConnectorRef.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Type != null && Object.hasOwnProperty.call(m, "Type"))
                w.uint32(10).string(m.Type);
            if (m.ID != null && Object.hasOwnProperty.call(m, "ID"))
                w.uint32(18).string(m.ID);
            if (m.Identity != null && Object.hasOwnProperty.call(m, "Identity"))
                w.uint32(26).string(m.Identity);
            return w;
        };

        ConnectorRef.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.ConnectorRef();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Type = r.string();
                        break;
                    }
                case 2: {
                        m.ID = r.string();
                        break;
                    }
                case 3: {
                        m.Identity = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ConnectorRef.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.ConnectorRef)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.ConnectorRef: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.ConnectorRef();
            if (d.Type != null) {
                m.Type = String(d.Type);
            }
            if (d.ID != null) {
                m.ID = String(d.ID);
            }
            if (d.Identity != null) {
                m.Identity = String(d.Identity);
            }
            return m;
        };

        ConnectorRef.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Type = "";
                d.ID = "";
                d.Identity = "";
            }
            if (m.Type != null && Object.hasOwnProperty.call(m, "Type")) {
                d.Type = m.Type;
            }
            if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
            }
            if (m.Identity != null && Object.hasOwnProperty.call(m, "Identity")) {
                d.Identity = m.Identity;
            }
            return d;
        };

        ConnectorRef.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ConnectorRef;
    })();

    types.UserRef = (function() {

        function UserRef(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        UserRef.prototype.Name = "";

        UserRef.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name"))
                w.uint32(10).string(m.Name);
            return w;
        };

        UserRef.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.UserRef();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Name = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        UserRef.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.UserRef)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.UserRef: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.UserRef();
            if (d.Name != null) {
                m.Name = String(d.Name);
            }
            return m;
        };

        UserRef.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Name = "";
            }
            if (m.Name != null && Object.hasOwnProperty.call(m, "Name")) {
                d.Name = m.Name;
            }
            return d;
        };

        UserRef.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UserRef;
    })();

    types.CreatedBy = (function() {

        function CreatedBy(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        CreatedBy.prototype.Connector = null;
        CreatedBy.prototype.Time = null;
        CreatedBy.prototype.User = null;

        CreatedBy.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Connector != null && Object.hasOwnProperty.call(m, "Connector"))
                $root.types.ConnectorRef.encode(m.Connector, w.uint32(10).fork(), q + 1).ldelim();
            if (m.Time != null && Object.hasOwnProperty.call(m, "Time"))
                $root.google.protobuf.Timestamp.encode(m.Time, w.uint32(18).fork(), q + 1).ldelim();
            if (m.User != null && Object.hasOwnProperty.call(m, "User"))
                $root.types.UserRef.encode(m.User, w.uint32(26).fork(), q + 1).ldelim();
            return w;
        };

        CreatedBy.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.CreatedBy();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Connector = $root.types.ConnectorRef.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 2: {
                        m.Time = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 3: {
                        m.User = $root.types.UserRef.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        CreatedBy.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.CreatedBy)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.CreatedBy: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.CreatedBy();
            if (d.Connector != null) {
                if (!$util.isObject(d.Connector))
                    throw TypeError(".types.CreatedBy.Connector: object expected");
                m.Connector = $root.types.ConnectorRef.fromObject(d.Connector, n + 1);
            }
            if (d.Time != null) {
                if (!$util.isObject(d.Time))
                    throw TypeError(".types.CreatedBy.Time: object expected");
                m.Time = $root.google.protobuf.Timestamp.fromObject(d.Time, n + 1);
            }
            if (d.User != null) {
                if (!$util.isObject(d.User))
                    throw TypeError(".types.CreatedBy.User: object expected");
                m.User = $root.types.UserRef.fromObject(d.User, n + 1);
            }
            return m;
        };

        CreatedBy.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Connector = null;
                d.Time = null;
                d.User = null;
            }
            if (m.Connector != null && Object.hasOwnProperty.call(m, "Connector")) {
                d.Connector = $root.types.ConnectorRef.toObject(m.Connector, o, q + 1);
            }
            if (m.Time != null && Object.hasOwnProperty.call(m, "Time")) {
                d.Time = $root.google.protobuf.Timestamp.toObject(m.Time, o, q + 1);
            }
            if (m.User != null && Object.hasOwnProperty.call(m, "User")) {
                d.User = $root.types.UserRef.toObject(m.User, o, q + 1);
            }
            return d;
        };

        CreatedBy.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CreatedBy;
    })();

    types.UserSpecV2 = (function() {

        function UserSpecV2(p) {
            this.Roles = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        UserSpecV2.prototype.Roles = $util.emptyArray;
        UserSpecV2.prototype.Traits = null;
        UserSpecV2.prototype.Expires = null;
        UserSpecV2.prototype.CreatedBy = null;

        UserSpecV2.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Roles != null && m.Roles.length) {
                for (var i = 0; i < m.Roles.length; ++i)
                    w.uint32(34).string(m.Roles[i]);
            }
            if (m.Traits != null && Object.hasOwnProperty.call(m, "Traits"))
                $root.wrappers.LabelValues.encode(m.Traits, w.uint32(42).fork(), q + 1).ldelim();
            if (m.Expires != null && Object.hasOwnProperty.call(m, "Expires"))
                $root.google.protobuf.Timestamp.encode(m.Expires, w.uint32(58).fork(), q + 1).ldelim();
            if (m.CreatedBy != null && Object.hasOwnProperty.call(m, "CreatedBy"))
                $root.types.CreatedBy.encode(m.CreatedBy, w.uint32(66).fork(), q + 1).ldelim();
            return w;
        };

        UserSpecV2.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.UserSpecV2();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 4: {
                        if (!(m.Roles && m.Roles.length))
                            m.Roles = [];
                        m.Roles.push(r.string());
                        break;
                    }
                case 5: {
                        m.Traits = $root.wrappers.LabelValues.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 7: {
                        m.Expires = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 8: {
                        m.CreatedBy = $root.types.CreatedBy.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        UserSpecV2.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.UserSpecV2)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.UserSpecV2: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.UserSpecV2();
            if (d.Roles) {
                if (!Array.isArray(d.Roles))
                    throw TypeError(".types.UserSpecV2.Roles: array expected");
                m.Roles = [];
                for (var i = 0; i < d.Roles.length; ++i) {
                    m.Roles[i] = String(d.Roles[i]);
                }
            }
            if (d.Traits != null) {
                if (!$util.isObject(d.Traits))
                    throw TypeError(".types.UserSpecV2.Traits: object expected");
                m.Traits = $root.wrappers.LabelValues.fromObject(d.Traits, n + 1);
            }
            if (d.Expires != null) {
                if (!$util.isObject(d.Expires))
                    throw TypeError(".types.UserSpecV2.Expires: object expected");
                m.Expires = $root.google.protobuf.Timestamp.fromObject(d.Expires, n + 1);
            }
            if (d.CreatedBy != null) {
                if (!$util.isObject(d.CreatedBy))
                    throw TypeError(".types.UserSpecV2.CreatedBy: object expected");
                m.CreatedBy = $root.types.CreatedBy.fromObject(d.CreatedBy, n + 1);
            }
            return m;
        };

        UserSpecV2.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Roles = [];
            }
            if (o.defaults) {
                d.Traits = null;
                d.Expires = null;
                d.CreatedBy = null;
            }
            if (m.Roles && m.Roles.length) {
                d.Roles = [];
                for (var j = 0; j < m.Roles.length; ++j) {
                    d.Roles[j] = m.Roles[j];
                }
            }
            if (m.Traits != null && Object.hasOwnProperty.call(m, "Traits")) {
                d.Traits = $root.wrappers.LabelValues.toObject(m.Traits, o, q + 1);
            }
            if (m.Expires != null && Object.hasOwnProperty.call(m, "Expires")) {
                d.Expires = $root.google.protobuf.Timestamp.toObject(m.Expires, o, q + 1);
            }
            if (m.CreatedBy != null && Object.hasOwnProperty.call(m, "CreatedBy")) {
                d.CreatedBy = $root.types.CreatedBy.toObject(m.CreatedBy, o, q + 1);
            }
            return d;
        };

        UserSpecV2.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UserSpecV2;
    })();

    types.UserV2 = (function() {

        function UserV2(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        UserV2.prototype.Kind = "";
        UserV2.prototype.SubKind = "";
        UserV2.prototype.Version = "";
        UserV2.prototype.Metadata = null;
        UserV2.prototype.Spec = null;

        UserV2.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(10).string(m.Kind);
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind"))
                w.uint32(18).string(m.SubKind);
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version"))
                w.uint32(26).string(m.Version);
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata"))
                $root.types.Metadata.encode(m.Metadata, w.uint32(34).fork(), q + 1).ldelim();
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec"))
                $root.types.UserSpecV2.encode(m.Spec, w.uint32(42).fork(), q + 1).ldelim();
            return w;
        };

        UserV2.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.UserV2();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Kind = r.string();
                        break;
                    }
                case 2: {
                        m.SubKind = r.string();
                        break;
                    }
                case 3: {
                        m.Version = r.string();
                        break;
                    }
                case 4: {
                        m.Metadata = $root.types.Metadata.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 5: {
                        m.Spec = $root.types.UserSpecV2.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        UserV2.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.UserV2)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.UserV2: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.UserV2();
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.SubKind != null) {
                m.SubKind = String(d.SubKind);
            }
            if (d.Version != null) {
                m.Version = String(d.Version);
            }
            if (d.Metadata != null) {
                if (!$util.isObject(d.Metadata))
                    throw TypeError(".types.UserV2.Metadata: object expected");
                m.Metadata = $root.types.Metadata.fromObject(d.Metadata, n + 1);
            }
            if (d.Spec != null) {
                if (!$util.isObject(d.Spec))
                    throw TypeError(".types.UserV2.Spec: object expected");
                m.Spec = $root.types.UserSpecV2.fromObject(d.Spec, n + 1);
            }
            return m;
        };

        UserV2.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Kind = "";
                d.SubKind = "";
                d.Version = "";
                d.Metadata = null;
                d.Spec = null;
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind")) {
                d.SubKind = m.SubKind;
            }
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version")) {
                d.Version = m.Version;
            }
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata")) {
                d.Metadata = $root.types.Metadata.toObject(m.Metadata, o, q + 1);
            }
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec")) {
                d.Spec = $root.types.UserSpecV2.toObject(m.Spec, o, q + 1);
            }
            return d;
        };

        UserV2.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UserV2;
    })();

    types.UserFilter = (function() {

        function UserFilter(p) {
            this.SearchKeywords = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        UserFilter.prototype.SearchKeywords = $util.emptyArray;
        UserFilter.prototype.SkipSystemUsers = false;

        UserFilter.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.SearchKeywords != null && m.SearchKeywords.length) {
                for (var i = 0; i < m.SearchKeywords.length; ++i)
                    w.uint32(10).string(m.SearchKeywords[i]);
            }
            if (m.SkipSystemUsers != null && Object.hasOwnProperty.call(m, "SkipSystemUsers"))
                w.uint32(16).bool(m.SkipSystemUsers);
            return w;
        };

        UserFilter.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.UserFilter();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.SearchKeywords && m.SearchKeywords.length))
                            m.SearchKeywords = [];
                        m.SearchKeywords.push(r.string());
                        break;
                    }
                case 2: {
                        m.SkipSystemUsers = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        UserFilter.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.UserFilter)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.UserFilter: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.UserFilter();
            if (d.SearchKeywords) {
                if (!Array.isArray(d.SearchKeywords))
                    throw TypeError(".types.UserFilter.SearchKeywords: array expected");
                m.SearchKeywords = [];
                for (var i = 0; i < d.SearchKeywords.length; ++i) {
                    m.SearchKeywords[i] = String(d.SearchKeywords[i]);
                }
            }
            if (d.SkipSystemUsers != null) {
                m.SkipSystemUsers = Boolean(d.SkipSystemUsers);
            }
            return m;
        };

        UserFilter.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.SearchKeywords = [];
            }
            if (o.defaults) {
                d.SkipSystemUsers = false;
            }
            if (m.SearchKeywords && m.SearchKeywords.length) {
                d.SearchKeywords = [];
                for (var j = 0; j < m.SearchKeywords.length; ++j) {
                    d.SearchKeywords[j] = m.SearchKeywords[j];
                }
            }
            if (m.SkipSystemUsers != null && Object.hasOwnProperty.call(m, "SkipSystemUsers")) {
                d.SkipSystemUsers = m.SkipSystemUsers;
            }
            return d;
        };

        UserFilter.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UserFilter;
    })();

    types.Rule = (function() {

        function Rule(p) {
            this.Resources = [];
            this.Verbs = [];
            this.Actions = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Rule.prototype.Resources = $util.emptyArray;
        Rule.prototype.Verbs = $util.emptyArray;
        Rule.prototype.Where = "";
        Rule.prototype.Actions = $util.emptyArray;

        Rule.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Resources != null && m.Resources.length) {
                for (var i = 0; i < m.Resources.length; ++i)
                    w.uint32(10).string(m.Resources[i]);
            }
            if (m.Verbs != null && m.Verbs.length) {
                for (var i = 0; i < m.Verbs.length; ++i)
                    w.uint32(18).string(m.Verbs[i]);
            }
            if (m.Where != null && Object.hasOwnProperty.call(m, "Where"))
                w.uint32(26).string(m.Where);
            if (m.Actions != null && m.Actions.length) {
                for (var i = 0; i < m.Actions.length; ++i)
                    w.uint32(34).string(m.Actions[i]);
            }
            return w;
        };

        Rule.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.Rule();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Resources && m.Resources.length))
                            m.Resources = [];
                        m.Resources.push(r.string());
                        break;
                    }
                case 2: {
                        if (!(m.Verbs && m.Verbs.length))
                            m.Verbs = [];
                        m.Verbs.push(r.string());
                        break;
                    }
                case 3: {
                        m.Where = r.string();
                        break;
                    }
                case 4: {
                        if (!(m.Actions && m.Actions.length))
                            m.Actions = [];
                        m.Actions.push(r.string());
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Rule.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.Rule)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.Rule: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.Rule();
            if (d.Resources) {
                if (!Array.isArray(d.Resources))
                    throw TypeError(".types.Rule.Resources: array expected");
                m.Resources = [];
                for (var i = 0; i < d.Resources.length; ++i) {
                    m.Resources[i] = String(d.Resources[i]);
                }
            }
            if (d.Verbs) {
                if (!Array.isArray(d.Verbs))
                    throw TypeError(".types.Rule.Verbs: array expected");
                m.Verbs = [];
                for (var i = 0; i < d.Verbs.length; ++i) {
                    m.Verbs[i] = String(d.Verbs[i]);
                }
            }
            if (d.Where != null) {
                m.Where = String(d.Where);
            }
            if (d.Actions) {
                if (!Array.isArray(d.Actions))
                    throw TypeError(".types.Rule.Actions: array expected");
                m.Actions = [];
                for (var i = 0; i < d.Actions.length; ++i) {
                    m.Actions[i] = String(d.Actions[i]);
                }
            }
            return m;
        };

        Rule.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Resources = [];
                d.Verbs = [];
                d.Actions = [];
            }
            if (o.defaults) {
                d.Where = "";
            }
            if (m.Resources && m.Resources.length) {
                d.Resources = [];
                for (var j = 0; j < m.Resources.length; ++j) {
                    d.Resources[j] = m.Resources[j];
                }
            }
            if (m.Verbs && m.Verbs.length) {
                d.Verbs = [];
                for (var j = 0; j < m.Verbs.length; ++j) {
                    d.Verbs[j] = m.Verbs[j];
                }
            }
            if (m.Where != null && Object.hasOwnProperty.call(m, "Where")) {
                d.Where = m.Where;
            }
            if (m.Actions && m.Actions.length) {
                d.Actions = [];
                for (var j = 0; j < m.Actions.length; ++j) {
                    d.Actions[j] = m.Actions[j];
                }
            }
            return d;
        };

        Rule.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Rule;
    })();

    types.ImpersonateConditions = (function() {

        function ImpersonateConditions(p) {
            this.Users = [];
            this.Roles = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ImpersonateConditions.prototype.Users = $util.emptyArray;
        ImpersonateConditions.prototype.Roles = $util.emptyArray;
        ImpersonateConditions.prototype.Where = "";

        ImpersonateConditions.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Users != null && m.Users.length) {
                for (var i = 0; i < m.Users.length; ++i)
                    w.uint32(10).string(m.Users[i]);
            }
            if (m.Roles != null && m.Roles.length) {
                for (var i = 0; i < m.Roles.length; ++i)
                    w.uint32(18).string(m.Roles[i]);
            }
            if (m.Where != null && Object.hasOwnProperty.call(m, "Where"))
                w.uint32(26).string(m.Where);
            return w;
        };

        ImpersonateConditions.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.ImpersonateConditions();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Users && m.Users.length))
                            m.Users = [];
                        m.Users.push(r.string());
                        break;
                    }
                case 2: {
                        if (!(m.Roles && m.Roles.length))
                            m.Roles = [];
                        m.Roles.push(r.string());
                        break;
                    }
                case 3: {
                        m.Where = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ImpersonateConditions.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.ImpersonateConditions)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.ImpersonateConditions: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.ImpersonateConditions();
            if (d.Users) {
                if (!Array.isArray(d.Users))
                    throw TypeError(".types.ImpersonateConditions.Users: array expected");
                m.Users = [];
                for (var i = 0; i < d.Users.length; ++i) {
                    m.Users[i] = String(d.Users[i]);
                }
            }
            if (d.Roles) {
                if (!Array.isArray(d.Roles))
                    throw TypeError(".types.ImpersonateConditions.Roles: array expected");
                m.Roles = [];
                for (var i = 0; i < d.Roles.length; ++i) {
                    m.Roles[i] = String(d.Roles[i]);
                }
            }
            if (d.Where != null) {
                m.Where = String(d.Where);
            }
            return m;
        };

        ImpersonateConditions.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Users = [];
                d.Roles = [];
            }
            if (o.defaults) {
                d.Where = "";
            }
            if (m.Users && m.Users.length) {
                d.Users = [];
                for (var j = 0; j < m.Users.length; ++j) {
                    d.Users[j] = m.Users[j];
                }
            }
            if (m.Roles && m.Roles.length) {
                d.Roles = [];
                for (var j = 0; j < m.Roles.length; ++j) {
                    d.Roles[j] = m.Roles[j];
                }
            }
            if (m.Where != null && Object.hasOwnProperty.call(m, "Where")) {
                d.Where = m.Where;
            }
            return d;
        };

        ImpersonateConditions.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ImpersonateConditions;
    })();

    types.ClaimMapping = (function() {

        function ClaimMapping(p) {
            this.Roles = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ClaimMapping.prototype.Claim = "";
        ClaimMapping.prototype.Value = "";
        ClaimMapping.prototype.Roles = $util.emptyArray;

        ClaimMapping.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Claim != null && Object.hasOwnProperty.call(m, "Claim"))
                w.uint32(10).string(m.Claim);
            if (m.Value != null && Object.hasOwnProperty.call(m, "Value"))
                w.uint32(18).string(m.Value);
            if (m.Roles != null && m.Roles.length) {
                for (var i = 0; i < m.Roles.length; ++i)
                    w.uint32(26).string(m.Roles[i]);
            }
            return w;
        };

        ClaimMapping.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.ClaimMapping();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Claim = r.string();
                        break;
                    }
                case 2: {
                        m.Value = r.string();
                        break;
                    }
                case 3: {
                        if (!(m.Roles && m.Roles.length))
                            m.Roles = [];
                        m.Roles.push(r.string());
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ClaimMapping.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.ClaimMapping)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.ClaimMapping: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.ClaimMapping();
            if (d.Claim != null) {
                m.Claim = String(d.Claim);
            }
            if (d.Value != null) {
                m.Value = String(d.Value);
            }
            if (d.Roles) {
                if (!Array.isArray(d.Roles))
                    throw TypeError(".types.ClaimMapping.Roles: array expected");
                m.Roles = [];
                for (var i = 0; i < d.Roles.length; ++i) {
                    m.Roles[i] = String(d.Roles[i]);
                }
            }
            return m;
        };

        ClaimMapping.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Roles = [];
            }
            if (o.defaults) {
                d.Claim = "";
                d.Value = "";
            }
            if (m.Claim != null && Object.hasOwnProperty.call(m, "Claim")) {
                d.Claim = m.Claim;
            }
            if (m.Value != null && Object.hasOwnProperty.call(m, "Value")) {
                d.Value = m.Value;
            }
            if (m.Roles && m.Roles.length) {
                d.Roles = [];
                for (var j = 0; j < m.Roles.length; ++j) {
                    d.Roles[j] = m.Roles[j];
                }
            }
            return d;
        };

        ClaimMapping.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ClaimMapping;
    })();

    types.AccessRequestConditionsReason = (function() {

        function AccessRequestConditionsReason(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessRequestConditionsReason.prototype.Mode = "";
        AccessRequestConditionsReason.prototype.Prompt = "";

        AccessRequestConditionsReason.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Mode != null && Object.hasOwnProperty.call(m, "Mode"))
                w.uint32(10).string(m.Mode);
            if (m.Prompt != null && Object.hasOwnProperty.call(m, "Prompt"))
                w.uint32(18).string(m.Prompt);
            return w;
        };

        AccessRequestConditionsReason.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessRequestConditionsReason();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Mode = r.string();
                        break;
                    }
                case 2: {
                        m.Prompt = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessRequestConditionsReason.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessRequestConditionsReason)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessRequestConditionsReason: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessRequestConditionsReason();
            if (d.Mode != null) {
                m.Mode = String(d.Mode);
            }
            if (d.Prompt != null) {
                m.Prompt = String(d.Prompt);
            }
            return m;
        };

        AccessRequestConditionsReason.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Mode = "";
                d.Prompt = "";
            }
            if (m.Mode != null && Object.hasOwnProperty.call(m, "Mode")) {
                d.Mode = m.Mode;
            }
            if (m.Prompt != null && Object.hasOwnProperty.call(m, "Prompt")) {
                d.Prompt = m.Prompt;
            }
            return d;
        };

        AccessRequestConditionsReason.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessRequestConditionsReason;
    })();

    types.AccessRequestConditions = (function() {

        function AccessRequestConditions(p) {
            this.Roles = [];
            this.ClaimsToRoles = [];
            this.Thresholds = [];
            this.SuggestedReviewers = [];
            this.SearchAsRoles = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessRequestConditions.prototype.Roles = $util.emptyArray;
        AccessRequestConditions.prototype.ClaimsToRoles = $util.emptyArray;
        AccessRequestConditions.prototype.Annotations = null;
        AccessRequestConditions.prototype.Thresholds = $util.emptyArray;
        AccessRequestConditions.prototype.SuggestedReviewers = $util.emptyArray;
        AccessRequestConditions.prototype.SearchAsRoles = $util.emptyArray;
        AccessRequestConditions.prototype.MaxDuration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        AccessRequestConditions.prototype.Reason = null;

        AccessRequestConditions.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Roles != null && m.Roles.length) {
                for (var i = 0; i < m.Roles.length; ++i)
                    w.uint32(10).string(m.Roles[i]);
            }
            if (m.ClaimsToRoles != null && m.ClaimsToRoles.length) {
                for (var i = 0; i < m.ClaimsToRoles.length; ++i)
                    $root.types.ClaimMapping.encode(m.ClaimsToRoles[i], w.uint32(18).fork(), q + 1).ldelim();
            }
            if (m.Annotations != null && Object.hasOwnProperty.call(m, "Annotations"))
                $root.wrappers.LabelValues.encode(m.Annotations, w.uint32(26).fork(), q + 1).ldelim();
            if (m.Thresholds != null && m.Thresholds.length) {
                for (var i = 0; i < m.Thresholds.length; ++i)
                    $root.types.AccessReviewThreshold.encode(m.Thresholds[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.SuggestedReviewers != null && m.SuggestedReviewers.length) {
                for (var i = 0; i < m.SuggestedReviewers.length; ++i)
                    w.uint32(42).string(m.SuggestedReviewers[i]);
            }
            if (m.SearchAsRoles != null && m.SearchAsRoles.length) {
                for (var i = 0; i < m.SearchAsRoles.length; ++i)
                    w.uint32(50).string(m.SearchAsRoles[i]);
            }
            if (m.MaxDuration != null && Object.hasOwnProperty.call(m, "MaxDuration"))
                w.uint32(56).int64(m.MaxDuration);
            if (m.Reason != null && Object.hasOwnProperty.call(m, "Reason"))
                $root.types.AccessRequestConditionsReason.encode(m.Reason, w.uint32(74).fork(), q + 1).ldelim();
            return w;
        };

        AccessRequestConditions.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessRequestConditions();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Roles && m.Roles.length))
                            m.Roles = [];
                        m.Roles.push(r.string());
                        break;
                    }
                case 2: {
                        if (!(m.ClaimsToRoles && m.ClaimsToRoles.length))
                            m.ClaimsToRoles = [];
                        m.ClaimsToRoles.push($root.types.ClaimMapping.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 3: {
                        m.Annotations = $root.wrappers.LabelValues.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 4: {
                        if (!(m.Thresholds && m.Thresholds.length))
                            m.Thresholds = [];
                        m.Thresholds.push($root.types.AccessReviewThreshold.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 5: {
                        if (!(m.SuggestedReviewers && m.SuggestedReviewers.length))
                            m.SuggestedReviewers = [];
                        m.SuggestedReviewers.push(r.string());
                        break;
                    }
                case 6: {
                        if (!(m.SearchAsRoles && m.SearchAsRoles.length))
                            m.SearchAsRoles = [];
                        m.SearchAsRoles.push(r.string());
                        break;
                    }
                case 7: {
                        m.MaxDuration = r.int64();
                        break;
                    }
                case 9: {
                        m.Reason = $root.types.AccessRequestConditionsReason.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessRequestConditions.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessRequestConditions)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessRequestConditions: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessRequestConditions();
            if (d.Roles) {
                if (!Array.isArray(d.Roles))
                    throw TypeError(".types.AccessRequestConditions.Roles: array expected");
                m.Roles = [];
                for (var i = 0; i < d.Roles.length; ++i) {
                    m.Roles[i] = String(d.Roles[i]);
                }
            }
            if (d.ClaimsToRoles) {
                if (!Array.isArray(d.ClaimsToRoles))
                    throw TypeError(".types.AccessRequestConditions.ClaimsToRoles: array expected");
                m.ClaimsToRoles = [];
                for (var i = 0; i < d.ClaimsToRoles.length; ++i) {
                    if (!$util.isObject(d.ClaimsToRoles[i]))
                        throw TypeError(".types.AccessRequestConditions.ClaimsToRoles: object expected");
                    m.ClaimsToRoles[i] = $root.types.ClaimMapping.fromObject(d.ClaimsToRoles[i], n + 1);
                }
            }
            if (d.Annotations != null) {
                if (!$util.isObject(d.Annotations))
                    throw TypeError(".types.AccessRequestConditions.Annotations: object expected");
                m.Annotations = $root.wrappers.LabelValues.fromObject(d.Annotations, n + 1);
            }
            if (d.Thresholds) {
                if (!Array.isArray(d.Thresholds))
                    throw TypeError(".types.AccessRequestConditions.Thresholds: array expected");
                m.Thresholds = [];
                for (var i = 0; i < d.Thresholds.length; ++i) {
                    if (!$util.isObject(d.Thresholds[i]))
                        throw TypeError(".types.AccessRequestConditions.Thresholds: object expected");
                    m.Thresholds[i] = $root.types.AccessReviewThreshold.fromObject(d.Thresholds[i], n + 1);
                }
            }
            if (d.SuggestedReviewers) {
                if (!Array.isArray(d.SuggestedReviewers))
                    throw TypeError(".types.AccessRequestConditions.SuggestedReviewers: array expected");
                m.SuggestedReviewers = [];
                for (var i = 0; i < d.SuggestedReviewers.length; ++i) {
                    m.SuggestedReviewers[i] = String(d.SuggestedReviewers[i]);
                }
            }
            if (d.SearchAsRoles) {
                if (!Array.isArray(d.SearchAsRoles))
                    throw TypeError(".types.AccessRequestConditions.SearchAsRoles: array expected");
                m.SearchAsRoles = [];
                for (var i = 0; i < d.SearchAsRoles.length; ++i) {
                    m.SearchAsRoles[i] = String(d.SearchAsRoles[i]);
                }
            }
            if (d.MaxDuration != null) {
                if ($util.Long)
                    m.MaxDuration = $util.Long.fromValue(d.MaxDuration, false);
                else if (typeof d.MaxDuration === "string")
                    m.MaxDuration = parseInt(d.MaxDuration, 10);
                else if (typeof d.MaxDuration === "number")
                    m.MaxDuration = d.MaxDuration;
                else if (typeof d.MaxDuration === "object")
                    m.MaxDuration = new $util.LongBits(d.MaxDuration.low >>> 0, d.MaxDuration.high >>> 0).toNumber();
            }
            if (d.Reason != null) {
                if (!$util.isObject(d.Reason))
                    throw TypeError(".types.AccessRequestConditions.Reason: object expected");
                m.Reason = $root.types.AccessRequestConditionsReason.fromObject(d.Reason, n + 1);
            }
            return m;
        };

        AccessRequestConditions.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Roles = [];
                d.ClaimsToRoles = [];
                d.Thresholds = [];
                d.SuggestedReviewers = [];
                d.SearchAsRoles = [];
            }
            if (o.defaults) {
                d.Annotations = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.MaxDuration = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                    d.MaxDuration = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.Reason = null;
            }
            if (m.Roles && m.Roles.length) {
                d.Roles = [];
                for (var j = 0; j < m.Roles.length; ++j) {
                    d.Roles[j] = m.Roles[j];
                }
            }
            if (m.ClaimsToRoles && m.ClaimsToRoles.length) {
                d.ClaimsToRoles = [];
                for (var j = 0; j < m.ClaimsToRoles.length; ++j) {
                    d.ClaimsToRoles[j] = $root.types.ClaimMapping.toObject(m.ClaimsToRoles[j], o, q + 1);
                }
            }
            if (m.Annotations != null && Object.hasOwnProperty.call(m, "Annotations")) {
                d.Annotations = $root.wrappers.LabelValues.toObject(m.Annotations, o, q + 1);
            }
            if (m.Thresholds && m.Thresholds.length) {
                d.Thresholds = [];
                for (var j = 0; j < m.Thresholds.length; ++j) {
                    d.Thresholds[j] = $root.types.AccessReviewThreshold.toObject(m.Thresholds[j], o, q + 1);
                }
            }
            if (m.SuggestedReviewers && m.SuggestedReviewers.length) {
                d.SuggestedReviewers = [];
                for (var j = 0; j < m.SuggestedReviewers.length; ++j) {
                    d.SuggestedReviewers[j] = m.SuggestedReviewers[j];
                }
            }
            if (m.SearchAsRoles && m.SearchAsRoles.length) {
                d.SearchAsRoles = [];
                for (var j = 0; j < m.SearchAsRoles.length; ++j) {
                    d.SearchAsRoles[j] = m.SearchAsRoles[j];
                }
            }
            if (m.MaxDuration != null && Object.hasOwnProperty.call(m, "MaxDuration")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                    d.MaxDuration = typeof m.MaxDuration === "number" ? BigInt(m.MaxDuration) : $util.Long.fromBits(m.MaxDuration.low >>> 0, m.MaxDuration.high >>> 0, false).toBigInt();
                else if (typeof m.MaxDuration === "number")
                    d.MaxDuration = o.longs === String ? String(m.MaxDuration) : m.MaxDuration;
                else
                    d.MaxDuration = o.longs === String ? $util.Long.prototype.toString.call(m.MaxDuration) : o.longs === Number ? new $util.LongBits(m.MaxDuration.low >>> 0, m.MaxDuration.high >>> 0).toNumber() : m.MaxDuration;
            }
            if (m.Reason != null && Object.hasOwnProperty.call(m, "Reason")) {
                d.Reason = $root.types.AccessRequestConditionsReason.toObject(m.Reason, o, q + 1);
            }
            return d;
        };

        AccessRequestConditions.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessRequestConditions;
    })();

    types.AccessReviewConditions = (function() {

        function AccessReviewConditions(p) {
            this.Roles = [];
            this.ClaimsToRoles = [];
            this.PreviewAsRoles = [];
            this.SubmitForUsers = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AccessReviewConditions.prototype.Roles = $util.emptyArray;
        AccessReviewConditions.prototype.ClaimsToRoles = $util.emptyArray;
        AccessReviewConditions.prototype.Where = "";
        AccessReviewConditions.prototype.PreviewAsRoles = $util.emptyArray;
        AccessReviewConditions.prototype.SubmitForUsers = $util.emptyArray;

        AccessReviewConditions.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Roles != null && m.Roles.length) {
                for (var i = 0; i < m.Roles.length; ++i)
                    w.uint32(10).string(m.Roles[i]);
            }
            if (m.ClaimsToRoles != null && m.ClaimsToRoles.length) {
                for (var i = 0; i < m.ClaimsToRoles.length; ++i)
                    $root.types.ClaimMapping.encode(m.ClaimsToRoles[i], w.uint32(18).fork(), q + 1).ldelim();
            }
            if (m.Where != null && Object.hasOwnProperty.call(m, "Where"))
                w.uint32(26).string(m.Where);
            if (m.PreviewAsRoles != null && m.PreviewAsRoles.length) {
                for (var i = 0; i < m.PreviewAsRoles.length; ++i)
                    w.uint32(34).string(m.PreviewAsRoles[i]);
            }
            if (m.SubmitForUsers != null && m.SubmitForUsers.length) {
                for (var i = 0; i < m.SubmitForUsers.length; ++i)
                    w.uint32(42).string(m.SubmitForUsers[i]);
            }
            return w;
        };

        AccessReviewConditions.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.AccessReviewConditions();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Roles && m.Roles.length))
                            m.Roles = [];
                        m.Roles.push(r.string());
                        break;
                    }
                case 2: {
                        if (!(m.ClaimsToRoles && m.ClaimsToRoles.length))
                            m.ClaimsToRoles = [];
                        m.ClaimsToRoles.push($root.types.ClaimMapping.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 3: {
                        m.Where = r.string();
                        break;
                    }
                case 4: {
                        if (!(m.PreviewAsRoles && m.PreviewAsRoles.length))
                            m.PreviewAsRoles = [];
                        m.PreviewAsRoles.push(r.string());
                        break;
                    }
                case 5: {
                        if (!(m.SubmitForUsers && m.SubmitForUsers.length))
                            m.SubmitForUsers = [];
                        m.SubmitForUsers.push(r.string());
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AccessReviewConditions.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.AccessReviewConditions)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.AccessReviewConditions: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.AccessReviewConditions();
            if (d.Roles) {
                if (!Array.isArray(d.Roles))
                    throw TypeError(".types.AccessReviewConditions.Roles: array expected");
                m.Roles = [];
                for (var i = 0; i < d.Roles.length; ++i) {
                    m.Roles[i] = String(d.Roles[i]);
                }
            }
            if (d.ClaimsToRoles) {
                if (!Array.isArray(d.ClaimsToRoles))
                    throw TypeError(".types.AccessReviewConditions.ClaimsToRoles: array expected");
                m.ClaimsToRoles = [];
                for (var i = 0; i < d.ClaimsToRoles.length; ++i) {
                    if (!$util.isObject(d.ClaimsToRoles[i]))
                        throw TypeError(".types.AccessReviewConditions.ClaimsToRoles: object expected");
                    m.ClaimsToRoles[i] = $root.types.ClaimMapping.fromObject(d.ClaimsToRoles[i], n + 1);
                }
            }
            if (d.Where != null) {
                m.Where = String(d.Where);
            }
            if (d.PreviewAsRoles) {
                if (!Array.isArray(d.PreviewAsRoles))
                    throw TypeError(".types.AccessReviewConditions.PreviewAsRoles: array expected");
                m.PreviewAsRoles = [];
                for (var i = 0; i < d.PreviewAsRoles.length; ++i) {
                    m.PreviewAsRoles[i] = String(d.PreviewAsRoles[i]);
                }
            }
            if (d.SubmitForUsers) {
                if (!Array.isArray(d.SubmitForUsers))
                    throw TypeError(".types.AccessReviewConditions.SubmitForUsers: array expected");
                m.SubmitForUsers = [];
                for (var i = 0; i < d.SubmitForUsers.length; ++i) {
                    m.SubmitForUsers[i] = String(d.SubmitForUsers[i]);
                }
            }
            return m;
        };

        AccessReviewConditions.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Roles = [];
                d.ClaimsToRoles = [];
                d.PreviewAsRoles = [];
                d.SubmitForUsers = [];
            }
            if (o.defaults) {
                d.Where = "";
            }
            if (m.Roles && m.Roles.length) {
                d.Roles = [];
                for (var j = 0; j < m.Roles.length; ++j) {
                    d.Roles[j] = m.Roles[j];
                }
            }
            if (m.ClaimsToRoles && m.ClaimsToRoles.length) {
                d.ClaimsToRoles = [];
                for (var j = 0; j < m.ClaimsToRoles.length; ++j) {
                    d.ClaimsToRoles[j] = $root.types.ClaimMapping.toObject(m.ClaimsToRoles[j], o, q + 1);
                }
            }
            if (m.Where != null && Object.hasOwnProperty.call(m, "Where")) {
                d.Where = m.Where;
            }
            if (m.PreviewAsRoles && m.PreviewAsRoles.length) {
                d.PreviewAsRoles = [];
                for (var j = 0; j < m.PreviewAsRoles.length; ++j) {
                    d.PreviewAsRoles[j] = m.PreviewAsRoles[j];
                }
            }
            if (m.SubmitForUsers && m.SubmitForUsers.length) {
                d.SubmitForUsers = [];
                for (var j = 0; j < m.SubmitForUsers.length; ++j) {
                    d.SubmitForUsers[j] = m.SubmitForUsers[j];
                }
            }
            return d;
        };

        AccessReviewConditions.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AccessReviewConditions;
    })();

    types.RoleConditions = (function() {

        function RoleConditions(p) {
            this.Logins = [];
            this.Rules = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        RoleConditions.prototype.Logins = $util.emptyArray;
        RoleConditions.prototype.Rules = $util.emptyArray;
        RoleConditions.prototype.Request = null;
        RoleConditions.prototype.Impersonate = null;
        RoleConditions.prototype.ReviewRequests = null;

        RoleConditions.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Logins != null && m.Logins.length) {
                for (var i = 0; i < m.Logins.length; ++i)
                    w.uint32(10).string(m.Logins[i]);
            }
            if (m.Rules != null && m.Rules.length) {
                for (var i = 0; i < m.Rules.length; ++i)
                    $root.types.Rule.encode(m.Rules[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.Request != null && Object.hasOwnProperty.call(m, "Request"))
                $root.types.AccessRequestConditions.encode(m.Request, w.uint32(50).fork(), q + 1).ldelim();
            if (m.Impersonate != null && Object.hasOwnProperty.call(m, "Impersonate"))
                $root.types.ImpersonateConditions.encode(m.Impersonate, w.uint32(114).fork(), q + 1).ldelim();
            if (m.ReviewRequests != null && Object.hasOwnProperty.call(m, "ReviewRequests"))
                $root.types.AccessReviewConditions.encode(m.ReviewRequests, w.uint32(122).fork(), q + 1).ldelim();
            return w;
        };

        RoleConditions.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.RoleConditions();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Logins && m.Logins.length))
                            m.Logins = [];
                        m.Logins.push(r.string());
                        break;
                    }
                case 4: {
                        if (!(m.Rules && m.Rules.length))
                            m.Rules = [];
                        m.Rules.push($root.types.Rule.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 6: {
                        m.Request = $root.types.AccessRequestConditions.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 14: {
                        m.Impersonate = $root.types.ImpersonateConditions.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 15: {
                        m.ReviewRequests = $root.types.AccessReviewConditions.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        RoleConditions.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.RoleConditions)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.RoleConditions: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.RoleConditions();
            if (d.Logins) {
                if (!Array.isArray(d.Logins))
                    throw TypeError(".types.RoleConditions.Logins: array expected");
                m.Logins = [];
                for (var i = 0; i < d.Logins.length; ++i) {
                    m.Logins[i] = String(d.Logins[i]);
                }
            }
            if (d.Rules) {
                if (!Array.isArray(d.Rules))
                    throw TypeError(".types.RoleConditions.Rules: array expected");
                m.Rules = [];
                for (var i = 0; i < d.Rules.length; ++i) {
                    if (!$util.isObject(d.Rules[i]))
                        throw TypeError(".types.RoleConditions.Rules: object expected");
                    m.Rules[i] = $root.types.Rule.fromObject(d.Rules[i], n + 1);
                }
            }
            if (d.Request != null) {
                if (!$util.isObject(d.Request))
                    throw TypeError(".types.RoleConditions.Request: object expected");
                m.Request = $root.types.AccessRequestConditions.fromObject(d.Request, n + 1);
            }
            if (d.Impersonate != null) {
                if (!$util.isObject(d.Impersonate))
                    throw TypeError(".types.RoleConditions.Impersonate: object expected");
                m.Impersonate = $root.types.ImpersonateConditions.fromObject(d.Impersonate, n + 1);
            }
            if (d.ReviewRequests != null) {
                if (!$util.isObject(d.ReviewRequests))
                    throw TypeError(".types.RoleConditions.ReviewRequests: object expected");
                m.ReviewRequests = $root.types.AccessReviewConditions.fromObject(d.ReviewRequests, n + 1);
            }
            return m;
        };

        RoleConditions.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Logins = [];
                d.Rules = [];
            }
            if (o.defaults) {
                d.Request = null;
                d.Impersonate = null;
                d.ReviewRequests = null;
            }
            if (m.Logins && m.Logins.length) {
                d.Logins = [];
                for (var j = 0; j < m.Logins.length; ++j) {
                    d.Logins[j] = m.Logins[j];
                }
            }
            if (m.Rules && m.Rules.length) {
                d.Rules = [];
                for (var j = 0; j < m.Rules.length; ++j) {
                    d.Rules[j] = $root.types.Rule.toObject(m.Rules[j], o, q + 1);
                }
            }
            if (m.Request != null && Object.hasOwnProperty.call(m, "Request")) {
                d.Request = $root.types.AccessRequestConditions.toObject(m.Request, o, q + 1);
            }
            if (m.Impersonate != null && Object.hasOwnProperty.call(m, "Impersonate")) {
                d.Impersonate = $root.types.ImpersonateConditions.toObject(m.Impersonate, o, q + 1);
            }
            if (m.ReviewRequests != null && Object.hasOwnProperty.call(m, "ReviewRequests")) {
                d.ReviewRequests = $root.types.AccessReviewConditions.toObject(m.ReviewRequests, o, q + 1);
            }
            return d;
        };

        RoleConditions.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RoleConditions;
    })();

    types.RoleOptions = (function() {

        function RoleOptions(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        RoleOptions.prototype.MaxSessionTTL = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        RoleOptions.prototype.RequestAccess = "";
        RoleOptions.prototype.RequestPrompt = "";

        RoleOptions.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.MaxSessionTTL != null && Object.hasOwnProperty.call(m, "MaxSessionTTL"))
                w.uint32(16).int64(m.MaxSessionTTL);
            if (m.RequestAccess != null && Object.hasOwnProperty.call(m, "RequestAccess"))
                w.uint32(90).string(m.RequestAccess);
            if (m.RequestPrompt != null && Object.hasOwnProperty.call(m, "RequestPrompt"))
                w.uint32(98).string(m.RequestPrompt);
            return w;
        };

        RoleOptions.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.RoleOptions();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 2: {
                        m.MaxSessionTTL = r.int64();
                        break;
                    }
                case 11: {
                        m.RequestAccess = r.string();
                        break;
                    }
                case 12: {
                        m.RequestPrompt = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        RoleOptions.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.RoleOptions)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.RoleOptions: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.RoleOptions();
            if (d.MaxSessionTTL != null) {
                if ($util.Long)
                    m.MaxSessionTTL = $util.Long.fromValue(d.MaxSessionTTL, false);
                else if (typeof d.MaxSessionTTL === "string")
                    m.MaxSessionTTL = parseInt(d.MaxSessionTTL, 10);
                else if (typeof d.MaxSessionTTL === "number")
                    m.MaxSessionTTL = d.MaxSessionTTL;
                else if (typeof d.MaxSessionTTL === "object")
                    m.MaxSessionTTL = new $util.LongBits(d.MaxSessionTTL.low >>> 0, d.MaxSessionTTL.high >>> 0).toNumber();
            }
            if (d.RequestAccess != null) {
                m.RequestAccess = String(d.RequestAccess);
            }
            if (d.RequestPrompt != null) {
                m.RequestPrompt = String(d.RequestPrompt);
            }
            return m;
        };

        RoleOptions.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.MaxSessionTTL = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                    d.MaxSessionTTL = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.RequestAccess = "";
                d.RequestPrompt = "";
            }
            if (m.MaxSessionTTL != null && Object.hasOwnProperty.call(m, "MaxSessionTTL")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                    d.MaxSessionTTL = typeof m.MaxSessionTTL === "number" ? BigInt(m.MaxSessionTTL) : $util.Long.fromBits(m.MaxSessionTTL.low >>> 0, m.MaxSessionTTL.high >>> 0, false).toBigInt();
                else if (typeof m.MaxSessionTTL === "number")
                    d.MaxSessionTTL = o.longs === String ? String(m.MaxSessionTTL) : m.MaxSessionTTL;
                else
                    d.MaxSessionTTL = o.longs === String ? $util.Long.prototype.toString.call(m.MaxSessionTTL) : o.longs === Number ? new $util.LongBits(m.MaxSessionTTL.low >>> 0, m.MaxSessionTTL.high >>> 0).toNumber() : m.MaxSessionTTL;
            }
            if (m.RequestAccess != null && Object.hasOwnProperty.call(m, "RequestAccess")) {
                d.RequestAccess = m.RequestAccess;
            }
            if (m.RequestPrompt != null && Object.hasOwnProperty.call(m, "RequestPrompt")) {
                d.RequestPrompt = m.RequestPrompt;
            }
            return d;
        };

        RoleOptions.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RoleOptions;
    })();

    types.RoleSpecV6 = (function() {

        function RoleSpecV6(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        RoleSpecV6.prototype.Options = null;
        RoleSpecV6.prototype.Allow = null;
        RoleSpecV6.prototype.Deny = null;

        RoleSpecV6.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Options != null && Object.hasOwnProperty.call(m, "Options"))
                $root.types.RoleOptions.encode(m.Options, w.uint32(10).fork(), q + 1).ldelim();
            if (m.Allow != null && Object.hasOwnProperty.call(m, "Allow"))
                $root.types.RoleConditions.encode(m.Allow, w.uint32(18).fork(), q + 1).ldelim();
            if (m.Deny != null && Object.hasOwnProperty.call(m, "Deny"))
                $root.types.RoleConditions.encode(m.Deny, w.uint32(26).fork(), q + 1).ldelim();
            return w;
        };

        RoleSpecV6.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.RoleSpecV6();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Options = $root.types.RoleOptions.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 2: {
                        m.Allow = $root.types.RoleConditions.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 3: {
                        m.Deny = $root.types.RoleConditions.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        RoleSpecV6.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.RoleSpecV6)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.RoleSpecV6: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.RoleSpecV6();
            if (d.Options != null) {
                if (!$util.isObject(d.Options))
                    throw TypeError(".types.RoleSpecV6.Options: object expected");
                m.Options = $root.types.RoleOptions.fromObject(d.Options, n + 1);
            }
            if (d.Allow != null) {
                if (!$util.isObject(d.Allow))
                    throw TypeError(".types.RoleSpecV6.Allow: object expected");
                m.Allow = $root.types.RoleConditions.fromObject(d.Allow, n + 1);
            }
            if (d.Deny != null) {
                if (!$util.isObject(d.Deny))
                    throw TypeError(".types.RoleSpecV6.Deny: object expected");
                m.Deny = $root.types.RoleConditions.fromObject(d.Deny, n + 1);
            }
            return m;
        };

        RoleSpecV6.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Options = null;
                d.Allow = null;
                d.Deny = null;
            }
            if (m.Options != null && Object.hasOwnProperty.call(m, "Options")) {
                d.Options = $root.types.RoleOptions.toObject(m.Options, o, q + 1);
            }
            if (m.Allow != null && Object.hasOwnProperty.call(m, "Allow")) {
                d.Allow = $root.types.RoleConditions.toObject(m.Allow, o, q + 1);
            }
            if (m.Deny != null && Object.hasOwnProperty.call(m, "Deny")) {
                d.Deny = $root.types.RoleConditions.toObject(m.Deny, o, q + 1);
            }
            return d;
        };

        RoleSpecV6.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RoleSpecV6;
    })();

    types.RoleV6 = (function() {

        function RoleV6(p) {
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        RoleV6.prototype.Kind = "";
        RoleV6.prototype.SubKind = "";
        RoleV6.prototype.Version = "";
        RoleV6.prototype.Metadata = null;
        RoleV6.prototype.Spec = null;

        RoleV6.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind"))
                w.uint32(10).string(m.Kind);
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind"))
                w.uint32(18).string(m.SubKind);
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version"))
                w.uint32(26).string(m.Version);
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata"))
                $root.types.Metadata.encode(m.Metadata, w.uint32(34).fork(), q + 1).ldelim();
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec"))
                $root.types.RoleSpecV6.encode(m.Spec, w.uint32(42).fork(), q + 1).ldelim();
            return w;
        };

        RoleV6.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.RoleV6();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.Kind = r.string();
                        break;
                    }
                case 2: {
                        m.SubKind = r.string();
                        break;
                    }
                case 3: {
                        m.Version = r.string();
                        break;
                    }
                case 4: {
                        m.Metadata = $root.types.Metadata.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 5: {
                        m.Spec = $root.types.RoleSpecV6.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        RoleV6.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.RoleV6)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.RoleV6: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.RoleV6();
            if (d.Kind != null) {
                m.Kind = String(d.Kind);
            }
            if (d.SubKind != null) {
                m.SubKind = String(d.SubKind);
            }
            if (d.Version != null) {
                m.Version = String(d.Version);
            }
            if (d.Metadata != null) {
                if (!$util.isObject(d.Metadata))
                    throw TypeError(".types.RoleV6.Metadata: object expected");
                m.Metadata = $root.types.Metadata.fromObject(d.Metadata, n + 1);
            }
            if (d.Spec != null) {
                if (!$util.isObject(d.Spec))
                    throw TypeError(".types.RoleV6.Spec: object expected");
                m.Spec = $root.types.RoleSpecV6.fromObject(d.Spec, n + 1);
            }
            return m;
        };

        RoleV6.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Kind = "";
                d.SubKind = "";
                d.Version = "";
                d.Metadata = null;
                d.Spec = null;
            }
            if (m.Kind != null && Object.hasOwnProperty.call(m, "Kind")) {
                d.Kind = m.Kind;
            }
            if (m.SubKind != null && Object.hasOwnProperty.call(m, "SubKind")) {
                d.SubKind = m.SubKind;
            }
            if (m.Version != null && Object.hasOwnProperty.call(m, "Version")) {
                d.Version = m.Version;
            }
            if (m.Metadata != null && Object.hasOwnProperty.call(m, "Metadata")) {
                d.Metadata = $root.types.Metadata.toObject(m.Metadata, o, q + 1);
            }
            if (m.Spec != null && Object.hasOwnProperty.call(m, "Spec")) {
                d.Spec = $root.types.RoleSpecV6.toObject(m.Spec, o, q + 1);
            }
            return d;
        };

        RoleV6.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RoleV6;
    })();

    types.RoleFilter = (function() {

        function RoleFilter(p) {
            this.SearchKeywords = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        RoleFilter.prototype.SearchKeywords = $util.emptyArray;
        RoleFilter.prototype.SkipSystemRoles = false;

        RoleFilter.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.SearchKeywords != null && m.SearchKeywords.length) {
                for (var i = 0; i < m.SearchKeywords.length; ++i)
                    w.uint32(10).string(m.SearchKeywords[i]);
            }
            if (m.SkipSystemRoles != null && Object.hasOwnProperty.call(m, "SkipSystemRoles"))
                w.uint32(16).bool(m.SkipSystemRoles);
            return w;
        };

        RoleFilter.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.types.RoleFilter();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.SearchKeywords && m.SearchKeywords.length))
                            m.SearchKeywords = [];
                        m.SearchKeywords.push(r.string());
                        break;
                    }
                case 2: {
                        m.SkipSystemRoles = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        RoleFilter.fromObject = function fromObject(d, n) {
            if (d instanceof $root.types.RoleFilter)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".types.RoleFilter: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.types.RoleFilter();
            if (d.SearchKeywords) {
                if (!Array.isArray(d.SearchKeywords))
                    throw TypeError(".types.RoleFilter.SearchKeywords: array expected");
                m.SearchKeywords = [];
                for (var i = 0; i < d.SearchKeywords.length; ++i) {
                    m.SearchKeywords[i] = String(d.SearchKeywords[i]);
                }
            }
            if (d.SkipSystemRoles != null) {
                m.SkipSystemRoles = Boolean(d.SkipSystemRoles);
            }
            return m;
        };

        RoleFilter.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.SearchKeywords = [];
            }
            if (o.defaults) {
                d.SkipSystemRoles = false;
            }
            if (m.SearchKeywords && m.SearchKeywords.length) {
                d.SearchKeywords = [];
                for (var j = 0; j < m.SearchKeywords.length; ++j) {
                    d.SearchKeywords[j] = m.SearchKeywords[j];
                }
            }
            if (m.SkipSystemRoles != null && Object.hasOwnProperty.call(m, "SkipSystemRoles")) {
                d.SkipSystemRoles = m.SkipSystemRoles;
            }
            return d;
        };

        RoleFilter.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RoleFilter;
    })();

    return types;
})();

$root.wrappers = (function() {

    var wrappers = {};

    wrappers.StringValues = (function() {

        function StringValues(p) {
            this.Values = [];
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        StringValues.prototype.Values = $util.emptyArray;

        StringValues.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Values != null && m.Values.length) {
                for (var i = 0; i < m.Values.length; ++i)
                    w.uint32(10).string(m.Values[i]);
            }
            return w;
        };

        StringValues.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.wrappers.StringValues();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.Values && m.Values.length))
                            m.Values = [];
                        m.Values.push(r.string());
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        StringValues.fromObject = function fromObject(d, n) {
            if (d instanceof $root.wrappers.StringValues)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".wrappers.StringValues: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.wrappers.StringValues();
            if (d.Values) {
                if (!Array.isArray(d.Values))
                    throw TypeError(".wrappers.StringValues.Values: array expected");
                m.Values = [];
                for (var i = 0; i < d.Values.length; ++i) {
                    m.Values[i] = String(d.Values[i]);
                }
            }
            return m;
        };

        StringValues.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Values = [];
            }
            if (m.Values && m.Values.length) {
                d.Values = [];
                for (var j = 0; j < m.Values.length; ++j) {
                    d.Values[j] = m.Values[j];
                }
            }
            return d;
        };

        StringValues.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StringValues;
    })();

    wrappers.LabelValues = (function() {

        function LabelValues(p) {
            this.Values = {};
            if (p)
                for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        LabelValues.prototype.Values = $util.emptyObject;

        LabelValues.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.Values != null && Object.hasOwnProperty.call(m, "Values")) {
                for (var ks = Object.keys(m.Values), i = 0; i < ks.length; ++i) {
                    w.uint32(10).fork().uint32(10).string(ks[i]);
                    $root.wrappers.StringValues.encode(m.Values[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
            }
            return w;
        };

        LabelValues.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m, k, value;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.wrappers.LabelValues();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (m.Values === $util.emptyObject)
                            m.Values = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = null;
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = $root.wrappers.StringValues.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.Values, k);
                        m.Values[k] = value;
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        LabelValues.fromObject = function fromObject(d, n) {
            if (d instanceof $root.wrappers.LabelValues)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".wrappers.LabelValues: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.wrappers.LabelValues();
            if (d.Values) {
                if (!$util.isObject(d.Values))
                    throw TypeError(".wrappers.LabelValues.Values: object expected");
                m.Values = {};
                for (var ks = Object.keys(d.Values), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.Values, ks[i]);
                    if (!$util.isObject(d.Values[ks[i]]))
                        throw TypeError(".wrappers.LabelValues.Values: object expected");
                    m.Values[ks[i]] = $root.wrappers.StringValues.fromObject(d.Values[ks[i]], n + 1);
                }
            }
            return m;
        };

        LabelValues.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.Values = {};
            }
            var ks2;
            if (m.Values && (ks2 = Object.keys(m.Values)).length) {
                d.Values = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.Values, ks2[j]);
                    d.Values[ks2[j]] = $root.wrappers.StringValues.toObject(m.Values[ks2[j]], o, q + 1);
                }
            }
            return d;
        };

        LabelValues.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LabelValues;
    })();

    return wrappers;
})();

$root.teleport = (function() {

    var teleport = {};

    teleport.accessmonitoringrules = (function() {

        var accessmonitoringrules = {};

        accessmonitoringrules.v1 = (function() {

            var v1 = {};

            v1.AccessMonitoringRule = (function() {

                function AccessMonitoringRule(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                AccessMonitoringRule.prototype.metadata = null;
                AccessMonitoringRule.prototype.kind = "";
                AccessMonitoringRule.prototype.sub_kind = "";
                AccessMonitoringRule.prototype.version = "";
                AccessMonitoringRule.prototype.spec = null;

                AccessMonitoringRule.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.metadata != null && Object.hasOwnProperty.call(m, "metadata"))
                        $root.teleport.header.v1.Metadata.encode(m.metadata, w.uint32(10).fork(), q + 1).ldelim();
                    if (m.kind != null && Object.hasOwnProperty.call(m, "kind"))
                        w.uint32(18).string(m.kind);
                    if (m.sub_kind != null && Object.hasOwnProperty.call(m, "sub_kind"))
                        w.uint32(26).string(m.sub_kind);
                    if (m.version != null && Object.hasOwnProperty.call(m, "version"))
                        w.uint32(34).string(m.version);
                    if (m.spec != null && Object.hasOwnProperty.call(m, "spec"))
                        $root.teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.encode(m.spec, w.uint32(42).fork(), q + 1).ldelim();
                    return w;
                };

                AccessMonitoringRule.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.metadata = $root.teleport.header.v1.Metadata.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 2: {
                                m.kind = r.string();
                                break;
                            }
                        case 3: {
                                m.sub_kind = r.string();
                                break;
                            }
                        case 4: {
                                m.version = r.string();
                                break;
                            }
                        case 5: {
                                m.spec = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                AccessMonitoringRule.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRule: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule();
                    if (d.metadata != null) {
                        if (!$util.isObject(d.metadata))
                            throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRule.metadata: object expected");
                        m.metadata = $root.teleport.header.v1.Metadata.fromObject(d.metadata, n + 1);
                    }
                    if (d.kind != null) {
                        m.kind = String(d.kind);
                    }
                    if (d.sub_kind != null) {
                        m.sub_kind = String(d.sub_kind);
                    }
                    if (d.version != null) {
                        m.version = String(d.version);
                    }
                    if (d.spec != null) {
                        if (!$util.isObject(d.spec))
                            throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRule.spec: object expected");
                        m.spec = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.fromObject(d.spec, n + 1);
                    }
                    return m;
                };

                AccessMonitoringRule.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.metadata = null;
                        d.kind = "";
                        d.sub_kind = "";
                        d.version = "";
                        d.spec = null;
                    }
                    if (m.metadata != null && Object.hasOwnProperty.call(m, "metadata")) {
                        d.metadata = $root.teleport.header.v1.Metadata.toObject(m.metadata, o, q + 1);
                    }
                    if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = m.kind;
                    }
                    if (m.sub_kind != null && Object.hasOwnProperty.call(m, "sub_kind")) {
                        d.sub_kind = m.sub_kind;
                    }
                    if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                        d.version = m.version;
                    }
                    if (m.spec != null && Object.hasOwnProperty.call(m, "spec")) {
                        d.spec = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.toObject(m.spec, o, q + 1);
                    }
                    return d;
                };

                AccessMonitoringRule.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AccessMonitoringRule;
            })();

            v1.AccessMonitoringRuleSpec = (function() {

                function AccessMonitoringRuleSpec(p) {
                    this.subjects = [];
                    this.states = [];
                    this.schedules = {};
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                AccessMonitoringRuleSpec.prototype.subjects = $util.emptyArray;
                AccessMonitoringRuleSpec.prototype.states = $util.emptyArray;
                AccessMonitoringRuleSpec.prototype.condition = "";
                AccessMonitoringRuleSpec.prototype.notification = null;
                AccessMonitoringRuleSpec.prototype.automatic_review = null;
                AccessMonitoringRuleSpec.prototype.desired_state = "";
                AccessMonitoringRuleSpec.prototype.schedules = $util.emptyObject;

                AccessMonitoringRuleSpec.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.subjects != null && m.subjects.length) {
                        for (var i = 0; i < m.subjects.length; ++i)
                            w.uint32(10).string(m.subjects[i]);
                    }
                    if (m.states != null && m.states.length) {
                        for (var i = 0; i < m.states.length; ++i)
                            w.uint32(18).string(m.states[i]);
                    }
                    if (m.condition != null && Object.hasOwnProperty.call(m, "condition"))
                        w.uint32(26).string(m.condition);
                    if (m.notification != null && Object.hasOwnProperty.call(m, "notification"))
                        $root.teleport.accessmonitoringrules.v1.Notification.encode(m.notification, w.uint32(34).fork(), q + 1).ldelim();
                    if (m.automatic_review != null && Object.hasOwnProperty.call(m, "automatic_review"))
                        $root.teleport.accessmonitoringrules.v1.AutomaticReview.encode(m.automatic_review, w.uint32(50).fork(), q + 1).ldelim();
                    if (m.desired_state != null && Object.hasOwnProperty.call(m, "desired_state"))
                        w.uint32(58).string(m.desired_state);
                    if (m.schedules != null && Object.hasOwnProperty.call(m, "schedules")) {
                        for (var ks = Object.keys(m.schedules), i = 0; i < ks.length; ++i) {
                            w.uint32(66).fork().uint32(10).string(ks[i]);
                            $root.teleport.accessmonitoringrules.v1.Schedule.encode(m.schedules[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                        }
                    }
                    return w;
                };

                AccessMonitoringRuleSpec.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m, k, value;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.subjects && m.subjects.length))
                                    m.subjects = [];
                                m.subjects.push(r.string());
                                break;
                            }
                        case 2: {
                                if (!(m.states && m.states.length))
                                    m.states = [];
                                m.states.push(r.string());
                                break;
                            }
                        case 3: {
                                m.condition = r.string();
                                break;
                            }
                        case 4: {
                                m.notification = $root.teleport.accessmonitoringrules.v1.Notification.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 6: {
                                m.automatic_review = $root.teleport.accessmonitoringrules.v1.AutomaticReview.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 7: {
                                m.desired_state = r.string();
                                break;
                            }
                        case 8: {
                                if (m.schedules === $util.emptyObject)
                                    m.schedules = {};
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                k = "";
                                value = null;
                                while (r.pos < c2) {
                                    var tag2 = r.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        k = r.string();
                                        break;
                                    case 2:
                                        value = $root.teleport.accessmonitoringrules.v1.Schedule.decode(r, r.uint32(), undefined, n + 1);
                                        break;
                                    default:
                                        r.skipType(tag2 & 7, n);
                                        break;
                                    }
                                }
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                                if (k === "__proto__")
                                    $util.makeProp(m.schedules, k);
                                m.schedules[k] = value;
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                AccessMonitoringRuleSpec.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec();
                    if (d.subjects) {
                        if (!Array.isArray(d.subjects))
                            throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.subjects: array expected");
                        m.subjects = [];
                        for (var i = 0; i < d.subjects.length; ++i) {
                            m.subjects[i] = String(d.subjects[i]);
                        }
                    }
                    if (d.states) {
                        if (!Array.isArray(d.states))
                            throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.states: array expected");
                        m.states = [];
                        for (var i = 0; i < d.states.length; ++i) {
                            m.states[i] = String(d.states[i]);
                        }
                    }
                    if (d.condition != null) {
                        m.condition = String(d.condition);
                    }
                    if (d.notification != null) {
                        if (!$util.isObject(d.notification))
                            throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.notification: object expected");
                        m.notification = $root.teleport.accessmonitoringrules.v1.Notification.fromObject(d.notification, n + 1);
                    }
                    if (d.automatic_review != null) {
                        if (!$util.isObject(d.automatic_review))
                            throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.automatic_review: object expected");
                        m.automatic_review = $root.teleport.accessmonitoringrules.v1.AutomaticReview.fromObject(d.automatic_review, n + 1);
                    }
                    if (d.desired_state != null) {
                        m.desired_state = String(d.desired_state);
                    }
                    if (d.schedules) {
                        if (!$util.isObject(d.schedules))
                            throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.schedules: object expected");
                        m.schedules = {};
                        for (var ks = Object.keys(d.schedules), i = 0; i < ks.length; ++i) {
                            if (ks[i] === "__proto__")
                                $util.makeProp(m.schedules, ks[i]);
                            if (!$util.isObject(d.schedules[ks[i]]))
                                throw TypeError(".teleport.accessmonitoringrules.v1.AccessMonitoringRuleSpec.schedules: object expected");
                            m.schedules[ks[i]] = $root.teleport.accessmonitoringrules.v1.Schedule.fromObject(d.schedules[ks[i]], n + 1);
                        }
                    }
                    return m;
                };

                AccessMonitoringRuleSpec.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.subjects = [];
                        d.states = [];
                    }
                    if (o.objects || o.defaults) {
                        d.schedules = {};
                    }
                    if (o.defaults) {
                        d.condition = "";
                        d.notification = null;
                        d.automatic_review = null;
                        d.desired_state = "";
                    }
                    if (m.subjects && m.subjects.length) {
                        d.subjects = [];
                        for (var j = 0; j < m.subjects.length; ++j) {
                            d.subjects[j] = m.subjects[j];
                        }
                    }
                    if (m.states && m.states.length) {
                        d.states = [];
                        for (var j = 0; j < m.states.length; ++j) {
                            d.states[j] = m.states[j];
                        }
                    }
                    if (m.condition != null && Object.hasOwnProperty.call(m, "condition")) {
                        d.condition = m.condition;
                    }
                    if (m.notification != null && Object.hasOwnProperty.call(m, "notification")) {
                        d.notification = $root.teleport.accessmonitoringrules.v1.Notification.toObject(m.notification, o, q + 1);
                    }
                    if (m.automatic_review != null && Object.hasOwnProperty.call(m, "automatic_review")) {
                        d.automatic_review = $root.teleport.accessmonitoringrules.v1.AutomaticReview.toObject(m.automatic_review, o, q + 1);
                    }
                    if (m.desired_state != null && Object.hasOwnProperty.call(m, "desired_state")) {
                        d.desired_state = m.desired_state;
                    }
                    var ks2;
                    if (m.schedules && (ks2 = Object.keys(m.schedules)).length) {
                        d.schedules = {};
                        for (var j = 0; j < ks2.length; ++j) {
                            if (ks2[j] === "__proto__")
                                $util.makeProp(d.schedules, ks2[j]);
                            d.schedules[ks2[j]] = $root.teleport.accessmonitoringrules.v1.Schedule.toObject(m.schedules[ks2[j]], o, q + 1);
                        }
                    }
                    return d;
                };

                AccessMonitoringRuleSpec.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AccessMonitoringRuleSpec;
            })();

            v1.Notification = (function() {

                function Notification(p) {
                    this.recipients = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                Notification.prototype.name = "";
                Notification.prototype.recipients = $util.emptyArray;

                Notification.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(10).string(m.name);
                    if (m.recipients != null && m.recipients.length) {
                        for (var i = 0; i < m.recipients.length; ++i)
                            w.uint32(18).string(m.recipients[i]);
                    }
                    return w;
                };

                Notification.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.Notification();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.name = r.string();
                                break;
                            }
                        case 2: {
                                if (!(m.recipients && m.recipients.length))
                                    m.recipients = [];
                                m.recipients.push(r.string());
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                Notification.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.Notification)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.Notification: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.Notification();
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.recipients) {
                        if (!Array.isArray(d.recipients))
                            throw TypeError(".teleport.accessmonitoringrules.v1.Notification.recipients: array expected");
                        m.recipients = [];
                        for (var i = 0; i < d.recipients.length; ++i) {
                            m.recipients[i] = String(d.recipients[i]);
                        }
                    }
                    return m;
                };

                Notification.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.recipients = [];
                    }
                    if (o.defaults) {
                        d.name = "";
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.recipients && m.recipients.length) {
                        d.recipients = [];
                        for (var j = 0; j < m.recipients.length; ++j) {
                            d.recipients[j] = m.recipients[j];
                        }
                    }
                    return d;
                };

                Notification.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Notification;
            })();

            v1.AutomaticReview = (function() {

                function AutomaticReview(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                AutomaticReview.prototype.integration = "";
                AutomaticReview.prototype.decision = "";

                AutomaticReview.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.integration != null && Object.hasOwnProperty.call(m, "integration"))
                        w.uint32(10).string(m.integration);
                    if (m.decision != null && Object.hasOwnProperty.call(m, "decision"))
                        w.uint32(18).string(m.decision);
                    return w;
                };

                AutomaticReview.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.AutomaticReview();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.integration = r.string();
                                break;
                            }
                        case 2: {
                                m.decision = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                AutomaticReview.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.AutomaticReview)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.AutomaticReview: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.AutomaticReview();
                    if (d.integration != null) {
                        m.integration = String(d.integration);
                    }
                    if (d.decision != null) {
                        m.decision = String(d.decision);
                    }
                    return m;
                };

                AutomaticReview.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.integration = "";
                        d.decision = "";
                    }
                    if (m.integration != null && Object.hasOwnProperty.call(m, "integration")) {
                        d.integration = m.integration;
                    }
                    if (m.decision != null && Object.hasOwnProperty.call(m, "decision")) {
                        d.decision = m.decision;
                    }
                    return d;
                };

                AutomaticReview.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AutomaticReview;
            })();

            v1.Schedule = (function() {

                function Schedule(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                Schedule.prototype.time = null;

                Schedule.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.time != null && Object.hasOwnProperty.call(m, "time"))
                        $root.teleport.accessmonitoringrules.v1.TimeSchedule.encode(m.time, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                Schedule.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.Schedule();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.time = $root.teleport.accessmonitoringrules.v1.TimeSchedule.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                Schedule.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.Schedule)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.Schedule: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.Schedule();
                    if (d.time != null) {
                        if (!$util.isObject(d.time))
                            throw TypeError(".teleport.accessmonitoringrules.v1.Schedule.time: object expected");
                        m.time = $root.teleport.accessmonitoringrules.v1.TimeSchedule.fromObject(d.time, n + 1);
                    }
                    return m;
                };

                Schedule.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.time = null;
                    }
                    if (m.time != null && Object.hasOwnProperty.call(m, "time")) {
                        d.time = $root.teleport.accessmonitoringrules.v1.TimeSchedule.toObject(m.time, o, q + 1);
                    }
                    return d;
                };

                Schedule.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Schedule;
            })();

            v1.TimeSchedule = (function() {

                function TimeSchedule(p) {
                    this.shifts = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                TimeSchedule.prototype.shifts = $util.emptyArray;
                TimeSchedule.prototype.timezone = "";

                TimeSchedule.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.shifts != null && m.shifts.length) {
                        for (var i = 0; i < m.shifts.length; ++i)
                            $root.teleport.accessmonitoringrules.v1.TimeSchedule.Shift.encode(m.shifts[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.timezone != null && Object.hasOwnProperty.call(m, "timezone"))
                        w.uint32(18).string(m.timezone);
                    return w;
                };

                TimeSchedule.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.TimeSchedule();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.shifts && m.shifts.length))
                                    m.shifts = [];
                                m.shifts.push($root.teleport.accessmonitoringrules.v1.TimeSchedule.Shift.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        case 2: {
                                m.timezone = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                TimeSchedule.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.TimeSchedule)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.TimeSchedule: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.TimeSchedule();
                    if (d.shifts) {
                        if (!Array.isArray(d.shifts))
                            throw TypeError(".teleport.accessmonitoringrules.v1.TimeSchedule.shifts: array expected");
                        m.shifts = [];
                        for (var i = 0; i < d.shifts.length; ++i) {
                            if (!$util.isObject(d.shifts[i]))
                                throw TypeError(".teleport.accessmonitoringrules.v1.TimeSchedule.shifts: object expected");
                            m.shifts[i] = $root.teleport.accessmonitoringrules.v1.TimeSchedule.Shift.fromObject(d.shifts[i], n + 1);
                        }
                    }
                    if (d.timezone != null) {
                        m.timezone = String(d.timezone);
                    }
                    return m;
                };

                TimeSchedule.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.shifts = [];
                    }
                    if (o.defaults) {
                        d.timezone = "";
                    }
                    if (m.shifts && m.shifts.length) {
                        d.shifts = [];
                        for (var j = 0; j < m.shifts.length; ++j) {
                            d.shifts[j] = $root.teleport.accessmonitoringrules.v1.TimeSchedule.Shift.toObject(m.shifts[j], o, q + 1);
                        }
                    }
                    if (m.timezone != null && Object.hasOwnProperty.call(m, "timezone")) {
                        d.timezone = m.timezone;
                    }
                    return d;
                };

                TimeSchedule.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                TimeSchedule.Shift = (function() {

                    function Shift(p) {
                        if (p)
                            for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    }

                    Shift.prototype.weekday = "";
                    Shift.prototype.start = "";
                    Shift.prototype.end = "";

                    Shift.encode = function encode(m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (m.weekday != null && Object.hasOwnProperty.call(m, "weekday"))
                            w.uint32(10).string(m.weekday);
                        if (m.start != null && Object.hasOwnProperty.call(m, "start"))
                            w.uint32(18).string(m.start);
                        if (m.end != null && Object.hasOwnProperty.call(m, "end"))
                            w.uint32(26).string(m.end);
                        return w;
                    };

                    Shift.decode = function decode(r, l, e, n) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (n === undefined)
                            n = 0;
                        if (n > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var c, m;
                        if (l === undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = new $root.teleport.accessmonitoringrules.v1.TimeSchedule.Shift();
                        while (r.pos < c) {
                            var t = r.uint32();
                            if (t === e)
                                break;
                            switch (t >>> 3) {
                            case 1: {
                                    m.weekday = r.string();
                                    break;
                                }
                            case 2: {
                                    m.start = r.string();
                                    break;
                                }
                            case 3: {
                                    m.end = r.string();
                                    break;
                                }
                            default:
                                r.skipType(t & 7, n);
                                break;
                            }
                        }
                        if (l !== undefined) {
                            if (r.pos !== c)
                                throw RangeError("index out of range");
                            r.len = l;
                        }
                        return m;
                    };

                    Shift.fromObject = function fromObject(d, n) {
                        if (d instanceof $root.teleport.accessmonitoringrules.v1.TimeSchedule.Shift)
                            return d;
                        if (!$util.isObject(d))
                            throw TypeError(".teleport.accessmonitoringrules.v1.TimeSchedule.Shift: object expected");
                        if (n === undefined)
                            n = 0;
                        if (n > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var m = new $root.teleport.accessmonitoringrules.v1.TimeSchedule.Shift();
                        if (d.weekday != null) {
                            m.weekday = String(d.weekday);
                        }
                        if (d.start != null) {
                            m.start = String(d.start);
                        }
                        if (d.end != null) {
                            m.end = String(d.end);
                        }
                        return m;
                    };

                    Shift.toObject = function toObject(m, o, q) {
                        if (!o)
                            o = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.weekday = "";
                            d.start = "";
                            d.end = "";
                        }
                        if (m.weekday != null && Object.hasOwnProperty.call(m, "weekday")) {
                            d.weekday = m.weekday;
                        }
                        if (m.start != null && Object.hasOwnProperty.call(m, "start")) {
                            d.start = m.start;
                        }
                        if (m.end != null && Object.hasOwnProperty.call(m, "end")) {
                            d.end = m.end;
                        }
                        return d;
                    };

                    Shift.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Shift;
                })();

                return TimeSchedule;
            })();

            v1.CreateAccessMonitoringRuleRequest = (function() {

                function CreateAccessMonitoringRuleRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                CreateAccessMonitoringRuleRequest.prototype.rule = null;

                CreateAccessMonitoringRuleRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.rule != null && Object.hasOwnProperty.call(m, "rule"))
                        $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.encode(m.rule, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                CreateAccessMonitoringRuleRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.CreateAccessMonitoringRuleRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.rule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                CreateAccessMonitoringRuleRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.CreateAccessMonitoringRuleRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.CreateAccessMonitoringRuleRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.CreateAccessMonitoringRuleRequest();
                    if (d.rule != null) {
                        if (!$util.isObject(d.rule))
                            throw TypeError(".teleport.accessmonitoringrules.v1.CreateAccessMonitoringRuleRequest.rule: object expected");
                        m.rule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.fromObject(d.rule, n + 1);
                    }
                    return m;
                };

                CreateAccessMonitoringRuleRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.rule = null;
                    }
                    if (m.rule != null && Object.hasOwnProperty.call(m, "rule")) {
                        d.rule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.toObject(m.rule, o, q + 1);
                    }
                    return d;
                };

                CreateAccessMonitoringRuleRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return CreateAccessMonitoringRuleRequest;
            })();

            v1.UpdateAccessMonitoringRuleRequest = (function() {

                function UpdateAccessMonitoringRuleRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                UpdateAccessMonitoringRuleRequest.prototype.rule = null;

                UpdateAccessMonitoringRuleRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.rule != null && Object.hasOwnProperty.call(m, "rule"))
                        $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.encode(m.rule, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                UpdateAccessMonitoringRuleRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.UpdateAccessMonitoringRuleRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.rule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                UpdateAccessMonitoringRuleRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.UpdateAccessMonitoringRuleRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.UpdateAccessMonitoringRuleRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.UpdateAccessMonitoringRuleRequest();
                    if (d.rule != null) {
                        if (!$util.isObject(d.rule))
                            throw TypeError(".teleport.accessmonitoringrules.v1.UpdateAccessMonitoringRuleRequest.rule: object expected");
                        m.rule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.fromObject(d.rule, n + 1);
                    }
                    return m;
                };

                UpdateAccessMonitoringRuleRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.rule = null;
                    }
                    if (m.rule != null && Object.hasOwnProperty.call(m, "rule")) {
                        d.rule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.toObject(m.rule, o, q + 1);
                    }
                    return d;
                };

                UpdateAccessMonitoringRuleRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return UpdateAccessMonitoringRuleRequest;
            })();

            v1.UpsertAccessMonitoringRuleRequest = (function() {

                function UpsertAccessMonitoringRuleRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                UpsertAccessMonitoringRuleRequest.prototype.rule = null;

                UpsertAccessMonitoringRuleRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.rule != null && Object.hasOwnProperty.call(m, "rule"))
                        $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.encode(m.rule, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                UpsertAccessMonitoringRuleRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.UpsertAccessMonitoringRuleRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.rule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                UpsertAccessMonitoringRuleRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.UpsertAccessMonitoringRuleRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.UpsertAccessMonitoringRuleRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.UpsertAccessMonitoringRuleRequest();
                    if (d.rule != null) {
                        if (!$util.isObject(d.rule))
                            throw TypeError(".teleport.accessmonitoringrules.v1.UpsertAccessMonitoringRuleRequest.rule: object expected");
                        m.rule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.fromObject(d.rule, n + 1);
                    }
                    return m;
                };

                UpsertAccessMonitoringRuleRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.rule = null;
                    }
                    if (m.rule != null && Object.hasOwnProperty.call(m, "rule")) {
                        d.rule = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.toObject(m.rule, o, q + 1);
                    }
                    return d;
                };

                UpsertAccessMonitoringRuleRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return UpsertAccessMonitoringRuleRequest;
            })();

            v1.GetAccessMonitoringRuleRequest = (function() {

                function GetAccessMonitoringRuleRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                GetAccessMonitoringRuleRequest.prototype.name = "";

                GetAccessMonitoringRuleRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(10).string(m.name);
                    return w;
                };

                GetAccessMonitoringRuleRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.GetAccessMonitoringRuleRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.name = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                GetAccessMonitoringRuleRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.GetAccessMonitoringRuleRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.GetAccessMonitoringRuleRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.GetAccessMonitoringRuleRequest();
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    return m;
                };

                GetAccessMonitoringRuleRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    return d;
                };

                GetAccessMonitoringRuleRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GetAccessMonitoringRuleRequest;
            })();

            v1.DeleteAccessMonitoringRuleRequest = (function() {

                function DeleteAccessMonitoringRuleRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                DeleteAccessMonitoringRuleRequest.prototype.name = "";

                DeleteAccessMonitoringRuleRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(10).string(m.name);
                    return w;
                };

                DeleteAccessMonitoringRuleRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.DeleteAccessMonitoringRuleRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.name = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                DeleteAccessMonitoringRuleRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.DeleteAccessMonitoringRuleRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.DeleteAccessMonitoringRuleRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.DeleteAccessMonitoringRuleRequest();
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    return m;
                };

                DeleteAccessMonitoringRuleRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    return d;
                };

                DeleteAccessMonitoringRuleRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DeleteAccessMonitoringRuleRequest;
            })();

            v1.ListAccessMonitoringRulesRequest = (function() {

                function ListAccessMonitoringRulesRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                ListAccessMonitoringRulesRequest.prototype.page_size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                ListAccessMonitoringRulesRequest.prototype.page_token = "";

                ListAccessMonitoringRulesRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.page_size != null && Object.hasOwnProperty.call(m, "page_size"))
                        w.uint32(8).int64(m.page_size);
                    if (m.page_token != null && Object.hasOwnProperty.call(m, "page_token"))
                        w.uint32(18).string(m.page_token);
                    return w;
                };

                ListAccessMonitoringRulesRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.page_size = r.int64();
                                break;
                            }
                        case 2: {
                                m.page_token = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                ListAccessMonitoringRulesRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesRequest();
                    if (d.page_size != null) {
                        if ($util.Long)
                            m.page_size = $util.Long.fromValue(d.page_size, false);
                        else if (typeof d.page_size === "string")
                            m.page_size = parseInt(d.page_size, 10);
                        else if (typeof d.page_size === "number")
                            m.page_size = d.page_size;
                        else if (typeof d.page_size === "object")
                            m.page_size = new $util.LongBits(d.page_size.low >>> 0, d.page_size.high >>> 0).toNumber();
                    }
                    if (d.page_token != null) {
                        m.page_token = String(d.page_token);
                    }
                    return m;
                };

                ListAccessMonitoringRulesRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.page_size = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.page_size = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.page_token = "";
                    }
                    if (m.page_size != null && Object.hasOwnProperty.call(m, "page_size")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.page_size = typeof m.page_size === "number" ? BigInt(m.page_size) : $util.Long.fromBits(m.page_size.low >>> 0, m.page_size.high >>> 0, false).toBigInt();
                        else if (typeof m.page_size === "number")
                            d.page_size = o.longs === String ? String(m.page_size) : m.page_size;
                        else
                            d.page_size = o.longs === String ? $util.Long.prototype.toString.call(m.page_size) : o.longs === Number ? new $util.LongBits(m.page_size.low >>> 0, m.page_size.high >>> 0).toNumber() : m.page_size;
                    }
                    if (m.page_token != null && Object.hasOwnProperty.call(m, "page_token")) {
                        d.page_token = m.page_token;
                    }
                    return d;
                };

                ListAccessMonitoringRulesRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListAccessMonitoringRulesRequest;
            })();

            v1.ListAccessMonitoringRulesWithFilterRequest = (function() {

                function ListAccessMonitoringRulesWithFilterRequest(p) {
                    this.subjects = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                ListAccessMonitoringRulesWithFilterRequest.prototype.page_size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                ListAccessMonitoringRulesWithFilterRequest.prototype.page_token = "";
                ListAccessMonitoringRulesWithFilterRequest.prototype.subjects = $util.emptyArray;
                ListAccessMonitoringRulesWithFilterRequest.prototype.notification_name = "";
                ListAccessMonitoringRulesWithFilterRequest.prototype.automatic_review_name = "";

                ListAccessMonitoringRulesWithFilterRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.page_size != null && Object.hasOwnProperty.call(m, "page_size"))
                        w.uint32(8).int64(m.page_size);
                    if (m.page_token != null && Object.hasOwnProperty.call(m, "page_token"))
                        w.uint32(18).string(m.page_token);
                    if (m.subjects != null && m.subjects.length) {
                        for (var i = 0; i < m.subjects.length; ++i)
                            w.uint32(26).string(m.subjects[i]);
                    }
                    if (m.notification_name != null && Object.hasOwnProperty.call(m, "notification_name"))
                        w.uint32(34).string(m.notification_name);
                    if (m.automatic_review_name != null && Object.hasOwnProperty.call(m, "automatic_review_name"))
                        w.uint32(50).string(m.automatic_review_name);
                    return w;
                };

                ListAccessMonitoringRulesWithFilterRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesWithFilterRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.page_size = r.int64();
                                break;
                            }
                        case 2: {
                                m.page_token = r.string();
                                break;
                            }
                        case 3: {
                                if (!(m.subjects && m.subjects.length))
                                    m.subjects = [];
                                m.subjects.push(r.string());
                                break;
                            }
                        case 4: {
                                m.notification_name = r.string();
                                break;
                            }
                        case 6: {
                                m.automatic_review_name = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                ListAccessMonitoringRulesWithFilterRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesWithFilterRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesWithFilterRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesWithFilterRequest();
                    if (d.page_size != null) {
                        if ($util.Long)
                            m.page_size = $util.Long.fromValue(d.page_size, false);
                        else if (typeof d.page_size === "string")
                            m.page_size = parseInt(d.page_size, 10);
                        else if (typeof d.page_size === "number")
                            m.page_size = d.page_size;
                        else if (typeof d.page_size === "object")
                            m.page_size = new $util.LongBits(d.page_size.low >>> 0, d.page_size.high >>> 0).toNumber();
                    }
                    if (d.page_token != null) {
                        m.page_token = String(d.page_token);
                    }
                    if (d.subjects) {
                        if (!Array.isArray(d.subjects))
                            throw TypeError(".teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesWithFilterRequest.subjects: array expected");
                        m.subjects = [];
                        for (var i = 0; i < d.subjects.length; ++i) {
                            m.subjects[i] = String(d.subjects[i]);
                        }
                    }
                    if (d.notification_name != null) {
                        m.notification_name = String(d.notification_name);
                    }
                    if (d.automatic_review_name != null) {
                        m.automatic_review_name = String(d.automatic_review_name);
                    }
                    return m;
                };

                ListAccessMonitoringRulesWithFilterRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.subjects = [];
                    }
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.page_size = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.page_size = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.page_token = "";
                        d.notification_name = "";
                        d.automatic_review_name = "";
                    }
                    if (m.page_size != null && Object.hasOwnProperty.call(m, "page_size")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.page_size = typeof m.page_size === "number" ? BigInt(m.page_size) : $util.Long.fromBits(m.page_size.low >>> 0, m.page_size.high >>> 0, false).toBigInt();
                        else if (typeof m.page_size === "number")
                            d.page_size = o.longs === String ? String(m.page_size) : m.page_size;
                        else
                            d.page_size = o.longs === String ? $util.Long.prototype.toString.call(m.page_size) : o.longs === Number ? new $util.LongBits(m.page_size.low >>> 0, m.page_size.high >>> 0).toNumber() : m.page_size;
                    }
                    if (m.page_token != null && Object.hasOwnProperty.call(m, "page_token")) {
                        d.page_token = m.page_token;
                    }
                    if (m.subjects && m.subjects.length) {
                        d.subjects = [];
                        for (var j = 0; j < m.subjects.length; ++j) {
                            d.subjects[j] = m.subjects[j];
                        }
                    }
                    if (m.notification_name != null && Object.hasOwnProperty.call(m, "notification_name")) {
                        d.notification_name = m.notification_name;
                    }
                    if (m.automatic_review_name != null && Object.hasOwnProperty.call(m, "automatic_review_name")) {
                        d.automatic_review_name = m.automatic_review_name;
                    }
                    return d;
                };

                ListAccessMonitoringRulesWithFilterRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListAccessMonitoringRulesWithFilterRequest;
            })();

            v1.ListAccessMonitoringRulesResponse = (function() {

                function ListAccessMonitoringRulesResponse(p) {
                    this.rules = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                ListAccessMonitoringRulesResponse.prototype.rules = $util.emptyArray;
                ListAccessMonitoringRulesResponse.prototype.next_page_token = "";

                ListAccessMonitoringRulesResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.rules != null && m.rules.length) {
                        for (var i = 0; i < m.rules.length; ++i)
                            $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.encode(m.rules[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.next_page_token != null && Object.hasOwnProperty.call(m, "next_page_token"))
                        w.uint32(18).string(m.next_page_token);
                    return w;
                };

                ListAccessMonitoringRulesResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.rules && m.rules.length))
                                    m.rules = [];
                                m.rules.push($root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        case 2: {
                                m.next_page_token = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                ListAccessMonitoringRulesResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesResponse();
                    if (d.rules) {
                        if (!Array.isArray(d.rules))
                            throw TypeError(".teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesResponse.rules: array expected");
                        m.rules = [];
                        for (var i = 0; i < d.rules.length; ++i) {
                            if (!$util.isObject(d.rules[i]))
                                throw TypeError(".teleport.accessmonitoringrules.v1.ListAccessMonitoringRulesResponse.rules: object expected");
                            m.rules[i] = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.fromObject(d.rules[i], n + 1);
                        }
                    }
                    if (d.next_page_token != null) {
                        m.next_page_token = String(d.next_page_token);
                    }
                    return m;
                };

                ListAccessMonitoringRulesResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.rules = [];
                    }
                    if (o.defaults) {
                        d.next_page_token = "";
                    }
                    if (m.rules && m.rules.length) {
                        d.rules = [];
                        for (var j = 0; j < m.rules.length; ++j) {
                            d.rules[j] = $root.teleport.accessmonitoringrules.v1.AccessMonitoringRule.toObject(m.rules[j], o, q + 1);
                        }
                    }
                    if (m.next_page_token != null && Object.hasOwnProperty.call(m, "next_page_token")) {
                        d.next_page_token = m.next_page_token;
                    }
                    return d;
                };

                ListAccessMonitoringRulesResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListAccessMonitoringRulesResponse;
            })();

            return v1;
        })();

        return accessmonitoringrules;
    })();

    teleport.header = (function() {

        var header = {};

        header.v1 = (function() {

            var v1 = {};

            v1.Metadata = (function() {

                function Metadata(p) {
                    this.labels = {};
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                Metadata.prototype.name = "";
                Metadata.prototype.namespace = "";
                Metadata.prototype.description = "";
                Metadata.prototype.labels = $util.emptyObject;
                Metadata.prototype.expires = null;
                Metadata.prototype.revision = "";

                Metadata.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(10).string(m.name);
                    if (m.namespace != null && Object.hasOwnProperty.call(m, "namespace"))
                        w.uint32(18).string(m.namespace);
                    if (m.description != null && Object.hasOwnProperty.call(m, "description"))
                        w.uint32(26).string(m.description);
                    if (m.labels != null && Object.hasOwnProperty.call(m, "labels")) {
                        for (var ks = Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                            w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).string(m.labels[ks[i]]).ldelim();
                        }
                    }
                    if (m.expires != null && Object.hasOwnProperty.call(m, "expires"))
                        $root.google.protobuf.Timestamp.encode(m.expires, w.uint32(50).fork(), q + 1).ldelim();
                    if (m.revision != null && Object.hasOwnProperty.call(m, "revision"))
                        w.uint32(66).string(m.revision);
                    return w;
                };

                Metadata.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m, k, value;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.header.v1.Metadata();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.name = r.string();
                                break;
                            }
                        case 2: {
                                m.namespace = r.string();
                                break;
                            }
                        case 3: {
                                m.description = r.string();
                                break;
                            }
                        case 5: {
                                if (m.labels === $util.emptyObject)
                                    m.labels = {};
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                k = "";
                                value = "";
                                while (r.pos < c2) {
                                    var tag2 = r.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        k = r.string();
                                        break;
                                    case 2:
                                        value = r.string();
                                        break;
                                    default:
                                        r.skipType(tag2 & 7, n);
                                        break;
                                    }
                                }
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                                if (k === "__proto__")
                                    $util.makeProp(m.labels, k);
                                m.labels[k] = value;
                                break;
                            }
                        case 6: {
                                m.expires = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 8: {
                                m.revision = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                Metadata.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.header.v1.Metadata)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.header.v1.Metadata: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.header.v1.Metadata();
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.namespace != null) {
                        m.namespace = String(d.namespace);
                    }
                    if (d.description != null) {
                        m.description = String(d.description);
                    }
                    if (d.labels) {
                        if (!$util.isObject(d.labels))
                            throw TypeError(".teleport.header.v1.Metadata.labels: object expected");
                        m.labels = {};
                        for (var ks = Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                            if (ks[i] === "__proto__")
                                $util.makeProp(m.labels, ks[i]);
                            m.labels[ks[i]] = String(d.labels[ks[i]]);
                        }
                    }
                    if (d.expires != null) {
                        if (!$util.isObject(d.expires))
                            throw TypeError(".teleport.header.v1.Metadata.expires: object expected");
                        m.expires = $root.google.protobuf.Timestamp.fromObject(d.expires, n + 1);
                    }
                    if (d.revision != null) {
                        m.revision = String(d.revision);
                    }
                    return m;
                };

                Metadata.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.objects || o.defaults) {
                        d.labels = {};
                    }
                    if (o.defaults) {
                        d.name = "";
                        d.namespace = "";
                        d.description = "";
                        d.expires = null;
                        d.revision = "";
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.namespace != null && Object.hasOwnProperty.call(m, "namespace")) {
                        d.namespace = m.namespace;
                    }
                    if (m.description != null && Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    var ks2;
                    if (m.labels && (ks2 = Object.keys(m.labels)).length) {
                        d.labels = {};
                        for (var j = 0; j < ks2.length; ++j) {
                            if (ks2[j] === "__proto__")
                                $util.makeProp(d.labels, ks2[j]);
                            d.labels[ks2[j]] = m.labels[ks2[j]];
                        }
                    }
                    if (m.expires != null && Object.hasOwnProperty.call(m, "expires")) {
                        d.expires = $root.google.protobuf.Timestamp.toObject(m.expires, o, q + 1);
                    }
                    if (m.revision != null && Object.hasOwnProperty.call(m, "revision")) {
                        d.revision = m.revision;
                    }
                    return d;
                };

                Metadata.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Metadata;
            })();

            return v1;
        })();

        return header;
    })();

    teleport.users = (function() {

        var users = {};

        users.v1 = (function() {

            var v1 = {};

            v1.GetUserRequest = (function() {

                function GetUserRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                GetUserRequest.prototype.name = "";
                GetUserRequest.prototype.current_user = false;
                GetUserRequest.prototype.with_secrets = false;

                GetUserRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(10).string(m.name);
                    if (m.current_user != null && Object.hasOwnProperty.call(m, "current_user"))
                        w.uint32(16).bool(m.current_user);
                    if (m.with_secrets != null && Object.hasOwnProperty.call(m, "with_secrets"))
                        w.uint32(24).bool(m.with_secrets);
                    return w;
                };

                GetUserRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.users.v1.GetUserRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.name = r.string();
                                break;
                            }
                        case 2: {
                                m.current_user = r.bool();
                                break;
                            }
                        case 3: {
                                m.with_secrets = r.bool();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                GetUserRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.users.v1.GetUserRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.users.v1.GetUserRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.users.v1.GetUserRequest();
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.current_user != null) {
                        m.current_user = Boolean(d.current_user);
                    }
                    if (d.with_secrets != null) {
                        m.with_secrets = Boolean(d.with_secrets);
                    }
                    return m;
                };

                GetUserRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                        d.current_user = false;
                        d.with_secrets = false;
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.current_user != null && Object.hasOwnProperty.call(m, "current_user")) {
                        d.current_user = m.current_user;
                    }
                    if (m.with_secrets != null && Object.hasOwnProperty.call(m, "with_secrets")) {
                        d.with_secrets = m.with_secrets;
                    }
                    return d;
                };

                GetUserRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GetUserRequest;
            })();

            v1.GetUserResponse = (function() {

                function GetUserResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                GetUserResponse.prototype.user = null;

                GetUserResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.user != null && Object.hasOwnProperty.call(m, "user"))
                        $root.types.UserV2.encode(m.user, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                GetUserResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.users.v1.GetUserResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.user = $root.types.UserV2.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                GetUserResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.users.v1.GetUserResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.users.v1.GetUserResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.users.v1.GetUserResponse();
                    if (d.user != null) {
                        if (!$util.isObject(d.user))
                            throw TypeError(".teleport.users.v1.GetUserResponse.user: object expected");
                        m.user = $root.types.UserV2.fromObject(d.user, n + 1);
                    }
                    return m;
                };

                GetUserResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.user = null;
                    }
                    if (m.user != null && Object.hasOwnProperty.call(m, "user")) {
                        d.user = $root.types.UserV2.toObject(m.user, o, q + 1);
                    }
                    return d;
                };

                GetUserResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GetUserResponse;
            })();

            v1.ListUsersRequest = (function() {

                function ListUsersRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                ListUsersRequest.prototype.page_size = 0;
                ListUsersRequest.prototype.page_token = "";
                ListUsersRequest.prototype.with_secrets = false;
                ListUsersRequest.prototype.filter = null;

                ListUsersRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.page_size != null && Object.hasOwnProperty.call(m, "page_size"))
                        w.uint32(8).int32(m.page_size);
                    if (m.page_token != null && Object.hasOwnProperty.call(m, "page_token"))
                        w.uint32(18).string(m.page_token);
                    if (m.with_secrets != null && Object.hasOwnProperty.call(m, "with_secrets"))
                        w.uint32(24).bool(m.with_secrets);
                    if (m.filter != null && Object.hasOwnProperty.call(m, "filter"))
                        $root.types.UserFilter.encode(m.filter, w.uint32(34).fork(), q + 1).ldelim();
                    return w;
                };

                ListUsersRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.users.v1.ListUsersRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.page_size = r.int32();
                                break;
                            }
                        case 2: {
                                m.page_token = r.string();
                                break;
                            }
                        case 3: {
                                m.with_secrets = r.bool();
                                break;
                            }
                        case 4: {
                                m.filter = $root.types.UserFilter.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                ListUsersRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.users.v1.ListUsersRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.users.v1.ListUsersRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.users.v1.ListUsersRequest();
                    if (d.page_size != null) {
                        m.page_size = d.page_size | 0;
                    }
                    if (d.page_token != null) {
                        m.page_token = String(d.page_token);
                    }
                    if (d.with_secrets != null) {
                        m.with_secrets = Boolean(d.with_secrets);
                    }
                    if (d.filter != null) {
                        if (!$util.isObject(d.filter))
                            throw TypeError(".teleport.users.v1.ListUsersRequest.filter: object expected");
                        m.filter = $root.types.UserFilter.fromObject(d.filter, n + 1);
                    }
                    return m;
                };

                ListUsersRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.page_size = 0;
                        d.page_token = "";
                        d.with_secrets = false;
                        d.filter = null;
                    }
                    if (m.page_size != null && Object.hasOwnProperty.call(m, "page_size")) {
                        d.page_size = m.page_size;
                    }
                    if (m.page_token != null && Object.hasOwnProperty.call(m, "page_token")) {
                        d.page_token = m.page_token;
                    }
                    if (m.with_secrets != null && Object.hasOwnProperty.call(m, "with_secrets")) {
                        d.with_secrets = m.with_secrets;
                    }
                    if (m.filter != null && Object.hasOwnProperty.call(m, "filter")) {
                        d.filter = $root.types.UserFilter.toObject(m.filter, o, q + 1);
                    }
                    return d;
                };

                ListUsersRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListUsersRequest;
            })();

            v1.ListUsersResponse = (function() {

                function ListUsersResponse(p) {
                    this.users = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                ListUsersResponse.prototype.users = $util.emptyArray;
                ListUsersResponse.prototype.next_page_token = "";

                ListUsersResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.users != null && m.users.length) {
                        for (var i = 0; i < m.users.length; ++i)
                            $root.types.UserV2.encode(m.users[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.next_page_token != null && Object.hasOwnProperty.call(m, "next_page_token"))
                        w.uint32(18).string(m.next_page_token);
                    return w;
                };

                ListUsersResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.teleport.users.v1.ListUsersResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.users && m.users.length))
                                    m.users = [];
                                m.users.push($root.types.UserV2.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        case 2: {
                                m.next_page_token = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                ListUsersResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.teleport.users.v1.ListUsersResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".teleport.users.v1.ListUsersResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.teleport.users.v1.ListUsersResponse();
                    if (d.users) {
                        if (!Array.isArray(d.users))
                            throw TypeError(".teleport.users.v1.ListUsersResponse.users: array expected");
                        m.users = [];
                        for (var i = 0; i < d.users.length; ++i) {
                            if (!$util.isObject(d.users[i]))
                                throw TypeError(".teleport.users.v1.ListUsersResponse.users: object expected");
                            m.users[i] = $root.types.UserV2.fromObject(d.users[i], n + 1);
                        }
                    }
                    if (d.next_page_token != null) {
                        m.next_page_token = String(d.next_page_token);
                    }
                    return m;
                };

                ListUsersResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.users = [];
                    }
                    if (o.defaults) {
                        d.next_page_token = "";
                    }
                    if (m.users && m.users.length) {
                        d.users = [];
                        for (var j = 0; j < m.users.length; ++j) {
                            d.users[j] = $root.types.UserV2.toObject(m.users[j], o, q + 1);
                        }
                    }
                    if (m.next_page_token != null && Object.hasOwnProperty.call(m, "next_page_token")) {
                        d.next_page_token = m.next_page_token;
                    }
                    return d;
                };

                ListUsersResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListUsersResponse;
            })();

            return v1;
        })();

        return users;
    })();

    return teleport;
})();

module.exports = $root;
