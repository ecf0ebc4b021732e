-- Orchestrator bookkeeping the routing rules need beyond schema.md's step_state columns (ADR 0006):
-- which inputs of a join: all step hold tokens, how many loop iterations were handed to workers and the
-- loop's in-flight bound, and whether the step ever ended ok (its result is then visible to templates).
ALTER TABLE step_state
    ADD COLUMN tokens             jsonb   NOT NULL DEFAULT '[]',
    ADD COLUMN loop_released      integer NOT NULL DEFAULT 0,
    ADD COLUMN loop_max_in_flight integer NOT NULL DEFAULT 0,
    ADD COLUMN has_result         boolean NOT NULL DEFAULT false;

-- Serves the loop boundary: the iterations of one run of one step, in order.
CREATE INDEX command_step_run_idx ON command (execution_id, step_name, ((context->>'run')::int), loop_index);
