-- What the scheduler needs to start a recorded fire exactly once and retry it without skipping or doubling:
-- the payload the fire starts with, its start attempts, when the next attempt is due, and when it started.

ALTER TABLE schedule_fire
    -- The schedule's input_payload at fire time (for a manual trigger: merged with the trigger's).
    ADD COLUMN input_payload   jsonb,
    ADD COLUMN attempts        integer NOT NULL DEFAULT 0,
    -- While STARTING: when an instance may (re)try the start; each attempt pushes it forward, so an
    -- instance that dies mid-call leaves the fire to another instance after the claim expires.
    ADD COLUMN next_attempt_at timestamptz,
    -- When execution-service accepted the start; started_at - fire_time is the fire's lateness.
    ADD COLUMN started_at      timestamptz,
    ADD CONSTRAINT schedule_fire_attempts_check CHECK (attempts >= 0);

-- Serves the start loop: fires still STARTING whose next attempt is due.
CREATE INDEX schedule_fire_starting_idx ON schedule_fire (next_attempt_at) WHERE status = 'STARTING';

-- Serves the run-status sync: started fires whose execution is not terminal yet.
CREATE INDEX schedule_fire_open_idx ON schedule_fire (created_at) WHERE status IN ('PENDING', 'RUNNING');
