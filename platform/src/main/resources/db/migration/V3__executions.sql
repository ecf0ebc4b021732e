-- Executions: the authoritative status of each run, and the orchestrator's per-step bookkeeping.

CREATE TABLE execution (
    execution_id        bigint      NOT NULL DEFAULT ${flyway:defaultSchema}.snowflake_id(),
    catalog_id          bigint      NOT NULL,
    path                text,
    version             integer,
    parent_execution_id bigint,
    root_execution_id   bigint      NOT NULL,
    parent_step         text,
    status              text        NOT NULL DEFAULT 'PENDING',
    workload            jsonb       NOT NULL,
    ctx                 jsonb       NOT NULL DEFAULT '{}',
    result              jsonb,
    error               jsonb,
    trigger             jsonb,
    idempotency_key     text,
    cancel_requested    boolean     NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now(),
    started_at          timestamptz,
    ended_at            timestamptz,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT execution_pkey PRIMARY KEY (execution_id),
    CONSTRAINT execution_catalog_id_fkey FOREIGN KEY (catalog_id) REFERENCES catalog (catalog_id),
    CONSTRAINT execution_status_check CHECK (status IN ('PENDING', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'))
);
COMMENT ON TABLE execution IS 'One row per execution: its authoritative, monotonic status and final result.';

-- Serves the non-terminal scans: cleanup of abandoned executions, cancel, dashboards of active runs.
CREATE INDEX execution_active_status_idx ON execution (status) WHERE status IN ('PENDING', 'RUNNING');

-- Serves GET /api/executions newest first.
CREATE INDEX execution_created_at_idx ON execution (created_at DESC);

-- Serves the children of an execution (sub-playbooks) when listing a tree or cascading a cancel.
CREATE INDEX execution_parent_execution_id_idx ON execution (parent_execution_id);

-- Serves tree-wide cancel and keychain cleanup: every execution of one root.
CREATE INDEX execution_root_execution_id_idx ON execution (root_execution_id);

-- Serves the executions of one playbook path, newest first.
CREATE INDEX execution_path_created_at_idx ON execution (path, created_at DESC);

-- Serves idempotent start: a repeated Idempotency-Key finds (or conflicts with) the same execution.
CREATE UNIQUE INDEX execution_idempotency_key_key ON execution (idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE step_state (
    execution_id bigint  NOT NULL,
    step_name    text    NOT NULL,
    status       text    NOT NULL DEFAULT 'PENDING',
    run_count    integer NOT NULL DEFAULT 0,
    -- Arcs fired into this step and not yet consumed, for joins.
    arrivals     integer NOT NULL DEFAULT 0,
    loop_total   integer NOT NULL DEFAULT 0,
    loop_done    integer NOT NULL DEFAULT 0,
    loop_failed  integer NOT NULL DEFAULT 0,
    result       jsonb,
    error        jsonb,
    started_at   timestamptz,
    ended_at     timestamptz,
    -- Its index serves every routing read and update: one step of one execution, or all steps of one.
    CONSTRAINT step_state_pkey PRIMARY KEY (execution_id, step_name),
    CONSTRAINT step_state_status_check CHECK (status IN ('PENDING', 'RUNNING', 'COMPLETED', 'FAILED', 'SKIPPED', 'CANCELLED'))
);
COMMENT ON TABLE step_state IS 'Per-step bookkeeping so routing is O(1) per event instead of rewriting one JSON document per execution.';
