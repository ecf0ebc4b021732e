-- Catalog: the kinds of resource the catalog accepts, immutable resource versions, and credentials.

CREATE TABLE resource (
    name text  NOT NULL,
    meta jsonb NOT NULL DEFAULT '{}',
    CONSTRAINT resource_pkey PRIMARY KEY (name),
    CONSTRAINT resource_name_check CHECK (name ~ '^[a-z][a-z0-9_]*$')
);
COMMENT ON TABLE resource IS 'Kinds the catalog accepts (GET /api/catalog/kinds); catalog.kind references it.';

INSERT INTO resource (name, meta) VALUES
    ('playbook',   '{"description": "Workflow definition that can be executed", "executable": true}'),
    ('credential', '{"description": "Credential definition referenced by playbooks", "executable": false}'),
    ('agent',      '{"description": "Agent playbook that can be executed", "executable": true}'),
    ('mcp',        '{"description": "Model Context Protocol server definition", "executable": false}'),
    ('memory',     '{"description": "Memory resource definition", "executable": false}');

CREATE TABLE catalog (
    catalog_id     bigint      NOT NULL DEFAULT ${flyway:defaultSchema}.snowflake_id(),
    path           text        NOT NULL,
    version        integer     NOT NULL,
    kind           text        NOT NULL,
    content        text        NOT NULL,
    content_sha256 text        NOT NULL,
    payload        jsonb,
    layout         jsonb,
    meta           jsonb,
    created_at     timestamptz NOT NULL DEFAULT now(),
    deleted_at     timestamptz,
    CONSTRAINT catalog_pkey PRIMARY KEY (catalog_id),
    -- Its index also serves "latest version of a path" (WHERE path = $1 ORDER BY version DESC LIMIT 1)
    -- and "versions of a path, newest first" by a backward scan, so no second (path, version DESC) index.
    CONSTRAINT catalog_path_version_key UNIQUE (path, version),
    CONSTRAINT catalog_kind_fkey FOREIGN KEY (kind) REFERENCES resource (name),
    CONSTRAINT catalog_path_check CHECK (
        path ~ '^[a-z0-9][a-z0-9._/-]{0,254}$'
        AND strpos(path, '..') = 0
        AND strpos(path, '//') = 0),
    CONSTRAINT catalog_version_check CHECK (version >= 1)
);
COMMENT ON TABLE catalog IS 'Immutable registered versions of playbooks and other resources; soft-deleted rows stay resolvable by id.';

CREATE TABLE credential (
    id             bigint      NOT NULL DEFAULT ${flyway:defaultSchema}.snowflake_id(),
    name           text        NOT NULL,
    type           text        NOT NULL,
    -- Self-describing envelope (version, key id, nonce, ciphertext; base64); there is never a plaintext column.
    data_encrypted text        NOT NULL,
    key_id         text        NOT NULL,
    schema         jsonb,
    meta           jsonb,
    tags           text[],
    description    text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT credential_pkey PRIMARY KEY (id),
    -- Its index serves lookup by name, upsert by name and the list sorted by name.
    CONSTRAINT credential_name_key UNIQUE (name),
    CONSTRAINT credential_name_check CHECK (name ~ '^[A-Za-z_][A-Za-z0-9_.-]{0,127}$'),
    CONSTRAINT credential_type_check CHECK (type IN
        ('postgres', 'http_basic', 'bearer', 'api_key', 'oauth2_client_credentials', 'generic'))
);
COMMENT ON TABLE credential IS 'Named credentials, stored only encrypted, that playbook steps reference by name.';
