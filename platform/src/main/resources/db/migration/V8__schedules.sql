-- Cron and interval schedules, and one row per fire so a slot can never start twice.

CREATE TABLE schedule (
    schedule_id       bigint      NOT NULL DEFAULT ${flyway:defaultSchema}.snowflake_id(),
    playbook_path     text        NOT NULL,
    -- Null = the latest version at fire time.
    playbook_version  integer,
    cron              text,
    interval_seconds  integer,
    -- An IANA zone name.
    timezone          text        NOT NULL DEFAULT 'UTC',
    enabled           boolean     NOT NULL DEFAULT true,
    catchup           text        NOT NULL DEFAULT 'latest',
    max_catchup       integer,
    input_payload     jsonb,
    next_run_at       timestamptz,
    last_run_at       timestamptz,
    last_status       text,
    last_execution_id bigint,
    -- description, labels.
    meta              jsonb,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT schedule_pkey PRIMARY KEY (schedule_id),
    CONSTRAINT schedule_timing_check CHECK ((cron IS NULL) <> (interval_seconds IS NULL)),
    CONSTRAINT schedule_interval_seconds_check CHECK (interval_seconds > 0),
    CONSTRAINT schedule_catchup_check CHECK (catchup IN ('none', 'latest', 'all')),
    CONSTRAINT schedule_max_catchup_check CHECK (max_catchup >= 1),
    CONSTRAINT schedule_playbook_version_check CHECK (playbook_version >= 1)
);
COMMENT ON TABLE schedule IS 'Cron and interval schedules that start playbook executions.';

-- Serves the scheduler tick: enabled schedules whose next_run_at is due.
CREATE INDEX schedule_next_run_at_idx ON schedule (next_run_at) WHERE enabled;

CREATE TABLE schedule_fire (
    schedule_id  bigint      NOT NULL,
    fire_time    timestamptz NOT NULL,
    execution_id bigint,
    -- STARTING until the execution exists, then the execution's status, or START_FAILED on a 4xx.
    status       text        NOT NULL DEFAULT 'STARTING',
    error        text,
    -- True for POST /api/schedules/{id}/trigger.
    manual       boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- Makes a second fire of the same slot impossible; its index serves run history newest first.
    CONSTRAINT schedule_fire_pkey PRIMARY KEY (schedule_id, fire_time),
    CONSTRAINT schedule_fire_schedule_id_fkey FOREIGN KEY (schedule_id)
        REFERENCES schedule (schedule_id) ON DELETE CASCADE,
    CONSTRAINT schedule_fire_status_check CHECK (status IN
        ('STARTING', 'START_FAILED', 'PENDING', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'))
);
COMMENT ON TABLE schedule_fire IS 'One row per schedule fire (run history); the key makes each slot fire exactly once.';
