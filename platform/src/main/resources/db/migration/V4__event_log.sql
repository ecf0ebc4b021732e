-- The append-only event log: the audit trail of every execution.
-- No foreign keys: this is the hottest append path, and an FK would add a lookup and a row lock
-- on the parent per insert. execution-service writes it in the same transaction as the execution.

CREATE TABLE event (
    execution_id        bigint           NOT NULL,
    event_id            bigint           NOT NULL DEFAULT ${flyway:defaultSchema}.snowflake_id(),
    catalog_id          bigint           NOT NULL,
    parent_event_id     bigint,
    parent_execution_id bigint,
    event_type          text             NOT NULL,
    node_name           text,
    node_type           text,
    status              text,
    duration            double precision,
    context             jsonb,
    result              jsonb,
    error               text,
    meta                jsonb,
    worker_id           text,
    command_id          bigint,
    -- clock_timestamp(), not now(): events appended in one transaction keep distinct, ordered times.
    created_at          timestamptz      NOT NULL DEFAULT clock_timestamp(),
    -- Its index serves paging through one execution's events in order (event ids are time-ordered).
    CONSTRAINT event_pkey PRIMARY KEY (execution_id, event_id),
    CONSTRAINT event_status_check CHECK (status IN ('PENDING', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED', 'SKIPPED'))
);
COMMENT ON TABLE event IS 'Append-only event log of every execution; rows change only by retention.';

-- Serves the duplicate-report check and makes a second terminal event for one command attempt impossible.
CREATE UNIQUE INDEX event_command_terminal_key ON event (command_id, event_type, (meta->>'attempt'))
    WHERE command_id IS NOT NULL
      AND event_type IN ('command.completed', 'command.failed', 'command.cancelled');

-- Upstream NoETL's old name for the log, kept so operators' SQL still works.
CREATE VIEW event_log AS
SELECT execution_id, event_id, catalog_id, parent_event_id, parent_execution_id, event_type,
       node_name, node_type, status, duration, context, result, error, meta, worker_id,
       command_id, created_at
  FROM event;
COMMENT ON VIEW event_log IS 'Upstream compatibility name for the event table.';
