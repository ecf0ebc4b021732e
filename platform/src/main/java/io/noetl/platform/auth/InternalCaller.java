package io.noetl.platform.auth;

import io.noetl.platform.error.ProblemCode;
import io.noetl.platform.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the routes that return secret material (`I!` in api.md): only a caller presenting the internal
 * service token gets through, whatever the auth mode. No token is 401, another token 403.
 */
@ApplicationScoped
public class InternalCaller {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    public InternalCaller(AuthConfig config) {
        this.token = config.internalToken().filter(t -> !t.isBlank())
                .map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    /** Throws unless {@code authorization} carries the internal token. */
    public void require(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER) || authorization.length() == BEARER.length()) {
            throw new ProblemException(ProblemCode.UNAUTHENTICATED, "This request needs the internal service token.");
        }
        byte[] given = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the answer's timing must not reveal how much of the token matched.
        if (token == null || !MessageDigest.isEqual(token, given)) {
            throw new ProblemException(ProblemCode.FORBIDDEN, "This token may not read secret material.");
        }
    }
}
