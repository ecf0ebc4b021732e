-- Execution-scoped variables and the encrypted cache of secrets and tokens.

CREATE TABLE transient (
    execution_id bigint      NOT NULL,
    var_name     text        NOT NULL,
    var_type     text        NOT NULL DEFAULT 'user_defined',
    var_value    jsonb       NOT NULL,
    source_step  text,
    scope        text        NOT NULL DEFAULT 'execution',
    expires_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    accessed_at  timestamptz NOT NULL DEFAULT now(),
    access_count integer     NOT NULL DEFAULT 0,
    -- Its index serves reads, writes and deletes of one execution's variables.
    CONSTRAINT transient_pkey PRIMARY KEY (execution_id, var_name),
    CONSTRAINT transient_var_type_check CHECK (var_type IN ('user_defined', 'step_result', 'computed', 'iterator_state')),
    CONSTRAINT transient_scope_check CHECK (scope IN ('step', 'execution', 'workflow', 'permanent'))
);
COMMENT ON TABLE transient IS 'Execution-scoped variables (upstream variables cache) behind /api/vars.';

-- Serves the retention loop that deletes expired variables.
CREATE INDEX transient_expires_at_idx ON transient (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE keychain (
    -- <name>:<catalog_id>:global, <name>:<catalog_id>:<execution_id> (local),
    -- <name>:<catalog_id>:shared:<root_execution_id> (shared).
    cache_key           text        NOT NULL,
    keychain_name       text        NOT NULL,
    catalog_id          bigint      NOT NULL,
    credential_type     text        NOT NULL,
    cache_type          text        NOT NULL DEFAULT 'token',
    scope_type          text        NOT NULL DEFAULT 'global',
    execution_id        bigint,
    parent_execution_id bigint,
    -- Same envelope as credential.data_encrypted; never plaintext.
    data_encrypted      text        NOT NULL,
    key_id              text        NOT NULL,
    expires_at          timestamptz NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    accessed_at         timestamptz NOT NULL DEFAULT now(),
    access_count        integer     NOT NULL DEFAULT 0,
    auto_renew          boolean     NOT NULL DEFAULT false,
    renew_config        jsonb,
    CONSTRAINT keychain_pkey PRIMARY KEY (cache_key),
    CONSTRAINT keychain_cache_type_check CHECK (cache_type IN ('secret', 'token')),
    CONSTRAINT keychain_scope_type_check CHECK (scope_type IN ('local', 'global', 'shared')),
    -- Local and shared entries belong to an execution tree and are deleted when it ends.
    CONSTRAINT keychain_scope_execution_check CHECK (scope_type = 'global' OR execution_id IS NOT NULL)
);
COMMENT ON TABLE keychain IS 'Encrypted cache of secrets and derived tokens, global or scoped to an execution tree, with a TTL.';

-- Serves the retention loop that deletes expired entries.
CREATE INDEX keychain_expires_at_idx ON keychain (expires_at);

-- Serves cleanup of local and shared entries when their execution tree ends.
CREATE INDEX keychain_execution_id_idx ON keychain (execution_id) WHERE execution_id IS NOT NULL;

-- Serves GET /api/keychain/catalog/{catalog_id}: the entries of one playbook.
CREATE INDEX keychain_catalog_id_idx ON keychain (catalog_id);
