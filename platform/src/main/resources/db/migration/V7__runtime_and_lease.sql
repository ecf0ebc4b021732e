-- Service registry (every instance keeps its own row fresh) and leases for singleton background loops.

CREATE TABLE runtime (
    runtime_id   bigint      NOT NULL DEFAULT ${flyway:defaultSchema}.snowflake_id(),
    -- Instance name: pod name or host:pid.
    name         text        NOT NULL,
    kind         text        NOT NULL,
    -- Base URL others call.
    uri          text,
    status       text        NOT NULL DEFAULT 'ready',
    labels       jsonb       NOT NULL DEFAULT '{}',
    -- Tool kinds and pools.
    capabilities jsonb       NOT NULL DEFAULT '{}',
    -- Worker slots.
    capacity     integer,
    -- Version, pid, hostname, started_at.
    runtime      jsonb       NOT NULL DEFAULT '{}',
    heartbeat    timestamptz NOT NULL DEFAULT now(),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT runtime_pkey PRIMARY KEY (runtime_id),
    -- Its index serves register/heartbeat upserts (ON CONFLICT (kind, name)) and lookup by name.
    CONSTRAINT runtime_kind_name_key UNIQUE (kind, name),
    CONSTRAINT runtime_kind_check CHECK (kind IN
        ('catalog_api', 'execution_api', 'scheduler', 'worker_pool', 'server_api', 'broker')),
    CONSTRAINT runtime_status_check CHECK (status IN ('ready', 'busy', 'draining', 'offline')),
    CONSTRAINT runtime_capacity_check CHECK (capacity >= 0)
);
COMMENT ON TABLE runtime IS 'Registry of running service instances and worker pools, kept alive by heartbeat.';

-- Serves discovery (ready instances of one kind) and GET /api/runtime?kind=&status= filters.
CREATE INDEX runtime_kind_status_idx ON runtime (kind, status);

CREATE TABLE lease (
    -- Loop name, e.g. execution.reaper.
    name        text        NOT NULL,
    owner       text        NOT NULL,
    -- Both times come from the database clock.
    acquired_at timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    CONSTRAINT lease_pkey PRIMARY KEY (name)
);
COMMENT ON TABLE lease IS 'One row per singleton background loop so it runs on exactly one replica at a time.';
