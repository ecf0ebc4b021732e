package io.noetl.platform.error;

/**
 * The one table of error codes: HTTP status and fixed title per machine code (api.md §1.3, §7). The
 * problem mapper renders every error through it.
 */
public enum ProblemCode {
    BAD_REQUEST(400, "Bad request"),
    INVALID_PARAMETER(400, "Invalid parameter"),
    INVALID_CURSOR(400, "Invalid cursor"),
    PAGE_TOO_DEEP(400, "Page too deep"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    UNKNOWN_RUNTIME(404, "Unknown runtime"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    STALE_LEASE(409, "Lease is no longer held"),
    ALREADY_TERMINAL(409, "Already terminal"),
    ACTIVE_CLAIM(409, "Active claim"),
    NOT_READY(409, "Not ready"),
    IDEMPOTENCY_CONFLICT(409, "Idempotency key conflict"),
    CATALOG_ENTRY_DELETED(409, "Catalog entry deleted"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    VALIDATION_FAILED(422, "Validation failed"),
    INTERNAL_ERROR(500, "Internal error"),
    POOL_SATURATED(503, "Database pool saturated"),
    DB_UNAVAILABLE(503, "Database unavailable"),
    DEPENDENCY_UNAVAILABLE(503, "Dependency unavailable"),
    SHUTTING_DOWN(503, "Shutting down");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The snake_case code on the wire, also the end of the problem `type`. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String type() {
        return "urn:noetl:problem:" + code();
    }
}
