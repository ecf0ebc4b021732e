package io.noetl.catalog.model;

import io.noetl.platform.error.NotFound;

/** No credential with this id or name. */
public class CredentialNotFound extends NotFound {

    public CredentialNotFound(String idOrName) {
        super("No credential with id or name '" + idOrName + "'.");
    }
}
