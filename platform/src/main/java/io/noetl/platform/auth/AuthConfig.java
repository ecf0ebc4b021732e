package io.noetl.platform.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** API authentication settings (api.md §1.6). Env vars: NOETL_AUTH_*. */
@ConfigMapping(prefix = "noetl.auth")
public interface AuthConfig {

    /**
     * The token services and workers send on internal calls; required by the I! routes (secret reads)
     * in every mode. Users set NOETL_INTERNAL_TOKEN; blank means none, so those routes answer 401.
     */
    @WithDefault("${NOETL_INTERNAL_TOKEN:}")
    Optional<String> internalToken();
}
