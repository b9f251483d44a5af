package io.phasm.server.http;

import io.phasm.server.log.AccessLog;
import io.phasm.server.log.ErrorLog;
import io.phasm.server.php.PhpRequests;
import io.phasm.server.routing.RouteCache;
import io.phasm.server.statics.StaticFiles;

/** What every connection's handler answers with: one set per server, shared by all connections. */
record Site(RouteCache routes, StaticFiles statics, PhpRequests php, Health health, AccessLog accessLog,
            ErrorLog errors, ServerState state) {}
