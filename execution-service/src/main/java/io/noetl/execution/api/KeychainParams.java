package io.noetl.execution.api;

import io.noetl.execution.model.KeychainAddress;
import io.noetl.execution.model.KeychainScope;
import io.noetl.execution.model.VariableNames;
import io.noetl.platform.error.BadRequest;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.Ids;
import java.util.List;

/** Path and query parameters of the keychain routes: junk is a 400, a scope without its execution a 422. */
final class KeychainParams {

    private KeychainParams() {
    }

    static String name(String keychainName) {
        if (!VariableNames.valid(keychainName)) {
            throw BadRequest.invalidParameter("path.keychain_name", VariableNames.RULE);
        }
        return keychainName;
    }

    /** `?execution_id=&scope_type=` of GET and DELETE; the scope defaults to global, as upstream. */
    static KeychainAddress address(String catalogId, String keychainName, String executionId, String scopeType) {
        long catalog = Ids.pathParam("catalog_id", catalogId);
        String name = name(keychainName);
        KeychainScope scope = scopeType == null || scopeType.isBlank() ? KeychainScope.GLOBAL
                : KeychainScope.parse(scopeType.trim().toLowerCase(java.util.Locale.ROOT)).orElseThrow(() ->
                        BadRequest.invalidParameter("query.scope_type", "must be global, local or shared"));
        Long execution = executionId == null || executionId.isBlank() ? null : Ids.queryParam("execution_id", executionId);
        if (scope.needsExecution() && execution == null) {
            throw new Invalid("A " + scope.wire() + " keychain entry belongs to an execution.",
                    List.of(FieldError.of("query.execution_id", "is required when scope_type is " + scope.wire())));
        }
        return new KeychainAddress(name, catalog, scope, execution, "query.execution_id");
    }
}
