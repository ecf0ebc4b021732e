-- Idempotent bootstrap of NoETL's two databases: roles, databases, schema, grants, isolation rules
-- and the workspace extension. Run it as a superuser, as often as you like:
--
--   psql -v ON_ERROR_STOP=1 -v noetl_db=noetl -v noetl_schema=noetl -v noetl_user=noetl \
--        -v noetl_password=... -v demo_db=demo_noetl -v demo_schema=public -v demo_user=demo \
--        -v demo_password=... -f bootstrap.sql
--
-- bootstrap.sh passes those variables from the environment of architecture.md §2/§9. The Java runner
-- (io.noetl.bootstrap.PsqlScript) used by `./noetl standalone` and the tests understands the same
-- subset of psql: :'var' (literal), :"var" (identifier), \gexec and \connect. Keep to that subset.

-- ---------------------------------------------------------------------------------------------------
-- Roles. The platform role logs in and nothing more; the workspace role may create databases.
-- ---------------------------------------------------------------------------------------------------
SELECT format('CREATE ROLE %I LOGIN', :'noetl_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'noetl_user')
\gexec
ALTER ROLE :"noetl_user" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
      PASSWORD :'noetl_password';
-- A runaway statement or a forgotten transaction must not hold platform locks for long (reliability §2.8).
ALTER ROLE :"noetl_user" SET statement_timeout = '120s';
ALTER ROLE :"noetl_user" SET idle_in_transaction_session_timeout = '60s';

SELECT format('CREATE ROLE %I LOGIN', :'demo_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'demo_user')
\gexec
ALTER ROLE :"demo_user" WITH LOGIN CREATEDB NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS
      PASSWORD :'demo_password';

-- ---------------------------------------------------------------------------------------------------
-- Databases. CONNECT is granted to PUBLIC by default, so it is revoked and given back to the owner only.
-- ---------------------------------------------------------------------------------------------------
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'noetl_db', :'noetl_user', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'noetl_db')
\gexec
ALTER DATABASE :"noetl_db" OWNER TO :"noetl_user";
REVOKE ALL ON DATABASE :"noetl_db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"noetl_db" TO :"noetl_user";

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'demo_db', :'demo_user', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'demo_db')
\gexec
ALTER DATABASE :"demo_db" OWNER TO :"demo_user";
REVOKE ALL ON DATABASE :"demo_db" FROM PUBLIC;
GRANT ALL ON DATABASE :"demo_db" TO :"demo_user";

-- ---------------------------------------------------------------------------------------------------
-- Client authentication rules. Revoking CONNECT covers the two databases above, but every database the
-- workspace role creates later grants CONNECT to PUBLIC again; these pg_hba.conf rules (first match
-- wins, so they go on top) keep the platform role inside its own database whatever appears later, and
-- keep the workspace role out of the platform database. The block between the markers is rewritten on
-- each run, so renamed roles or databases take effect. Managed servers that do not expose pg_hba.conf
-- need the same rules added by their operator (docs/configuration.md).
-- ---------------------------------------------------------------------------------------------------
SELECT set_config('noetl_bootstrap.noetl_db', :'noetl_db', false),
       set_config('noetl_bootstrap.noetl_user', :'noetl_user', false),
       set_config('noetl_bootstrap.demo_user', :'demo_user', false);
DO $hba$
DECLARE
    hba_file text := current_setting('hba_file');
    db       text := quote_ident(current_setting('noetl_bootstrap.noetl_db'));
    usr      text := quote_ident(current_setting('noetl_bootstrap.noetl_user'));
    demo     text := quote_ident(current_setting('noetl_bootstrap.demo_user'));
    kept     text[];
    rules    text[];
BEGIN
    -- Keep every existing line except a previous noetl block. Blank lines become one space, because
    -- CSV output would quote an empty line and pg_hba.conf would read that as a token.
    SELECT coalesce(array_agg(CASE WHEN line = '' THEN ' ' ELSE line END ORDER BY n), '{}') INTO kept
      FROM (SELECT line, n,
                   sum(CASE WHEN line LIKE '# BEGIN noetl isolation%' THEN 1
                            WHEN line LIKE '# END noetl isolation%' THEN -1 ELSE 0 END)
                       OVER (ORDER BY n ROWS UNBOUNDED PRECEDING) AS inside,
                   line LIKE '# END noetl isolation%' AS is_end
              FROM regexp_split_to_table(rtrim(pg_read_file(hba_file), E'\n'), E'\n') WITH ORDINALITY AS t(line, n)) l
     WHERE inside = 0 AND NOT is_end;
    rules := ARRAY[
        '# BEGIN noetl isolation (written by deploy/postgres/bootstrap.sql; edits here are overwritten)',
        format('local  %s  %s  scram-sha-256', db, usr),
        format('host   %s  %s  all  scram-sha-256', db, usr),
        format('local  all  %s  reject', usr),
        format('host   all  %s  all  reject', usr),
        format('local  %s  %s  reject', db, demo),
        format('host   %s  %s  all  reject', db, demo),
        '# END noetl isolation'];
    -- CSV with control characters as delimiter and quote writes each line verbatim (tabs included).
    EXECUTE format('COPY (SELECT l FROM unnest(%L::text[]) WITH ORDINALITY AS t(l, n) ORDER BY n) TO %L '
                   'WITH (FORMAT csv, DELIMITER E''\x01'', QUOTE E''\x02'')', rules || kept, hba_file);
    PERFORM pg_reload_conf();
EXCEPTION WHEN insufficient_privilege THEN
    -- A managed server (no superuser, no file access): the operator adds the same rules (docs/configuration.md).
    RAISE WARNING 'pg_hba.conf is not writable by this role: add the noetl isolation rules by hand';
END
$hba$;

-- ---------------------------------------------------------------------------------------------------
-- Platform database: the schema the migrations fill, owned by the platform role.
-- ---------------------------------------------------------------------------------------------------
\connect :"noetl_db"
CREATE SCHEMA IF NOT EXISTS :"noetl_schema" AUTHORIZATION :"noetl_user";
ALTER SCHEMA :"noetl_schema" OWNER TO :"noetl_user";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER ROLE :"noetl_user" IN DATABASE :"noetl_db" SET search_path = :"noetl_schema";

-- ---------------------------------------------------------------------------------------------------
-- Workspace database: the schema playbooks use, and plpython3u where the server has it.
-- ---------------------------------------------------------------------------------------------------
\connect :"demo_db"
CREATE SCHEMA IF NOT EXISTS :"demo_schema" AUTHORIZATION :"demo_user";
ALTER SCHEMA :"demo_schema" OWNER TO :"demo_user";
-- Some servers list the extension but cannot load it (the Python library it links is missing), so the
-- attempt is guarded too: the workspace works without it, only python-in-database examples need it.
DO $plpy$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'plpython3u') THEN
        RAISE NOTICE 'plpython3u is not available on this server: skipped';
        RETURN;
    END IF;
    BEGIN
        CREATE EXTENSION IF NOT EXISTS plpython3u;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'plpython3u is listed but could not be created (%): skipped', SQLERRM;
    END;
END
$plpy$;
