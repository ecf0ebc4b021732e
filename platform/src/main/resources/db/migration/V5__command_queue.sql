-- The work queue that workers lease from. Finished rows may be pruned: the event log keeps history.
-- No foreign keys: inserts and lease updates are a hot path and an FK would add a lookup and a
-- parent row lock per write; execution-service creates commands with their execution in one transaction.

CREATE TABLE command (
    command_id       bigint      NOT NULL DEFAULT ${flyway:defaultSchema}.snowflake_id(),
    execution_id     bigint      NOT NULL,
    catalog_id       bigint      NOT NULL,
    step_name        text        NOT NULL,
    tool_kind        text        NOT NULL,
    pool             text        NOT NULL DEFAULT 'default',
    priority         integer     NOT NULL DEFAULT 0,
    loop_index       integer,
    status           text        NOT NULL DEFAULT 'PENDING',
    -- Incremented when leased.
    attempt          integer     NOT NULL DEFAULT 0,
    -- Platform retries after a lost worker.
    max_attempts     integer     NOT NULL DEFAULT 3,
    available_at     timestamptz NOT NULL DEFAULT now(),
    -- Fencing token: incremented on every lease; a write with an old token changes nothing.
    lease_token      bigint      NOT NULL DEFAULT 0,
    -- Set from the database clock, never a worker's.
    lease_until      timestamptz,
    worker_id        text,
    cancel_requested boolean     NOT NULL DEFAULT false,
    context          jsonb       NOT NULL,
    result           jsonb,
    error            jsonb,
    created_at       timestamptz NOT NULL DEFAULT now(),
    leased_at        timestamptz,
    started_at       timestamptz,
    ended_at         timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT command_pkey PRIMARY KEY (command_id),
    CONSTRAINT command_status_check CHECK (status IN ('PENDING', 'LEASED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'))
);
COMMENT ON TABLE command IS 'Work queue of tool invocations that workers lease with a fencing token.';

-- Serves the lease query: due PENDING commands of a pool, highest priority first, then oldest.
CREATE INDEX command_claim_idx ON command (pool, priority DESC, command_id) WHERE status = 'PENDING';

-- Serves the reaper: leases that expired before the worker finished.
CREATE INDEX command_lease_until_idx ON command (lease_until) WHERE status IN ('LEASED', 'RUNNING');

-- Serves cancel and status views: the commands of one execution.
CREATE INDEX command_execution_id_idx ON command (execution_id);
