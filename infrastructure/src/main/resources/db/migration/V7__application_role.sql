-- The application's runtime role (${application_role}, the role it connects as) reads and appends
-- events but can neither change nor delete one: only this owner role, which runs the migrations,
-- holds those rights. It keeps full rights on every other table (Axon updates tokens and deletes
-- old snapshots; the projections are rebuilt), on the sequences, and on what later migrations
-- create. Run as that same role (no separate owner configured), there is nothing to grant.
DO $$
DECLARE
    application_role CONSTANT TEXT := '${application_role}';
    other_table TEXT;
BEGIN
    IF application_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), application_role);
    EXECUTE format('GRANT SELECT, INSERT ON domainevententry TO %I', application_role);
    FOR other_table IN
        SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
            AND tablename NOT IN ('domainevententry', 'flyway_schema_history')
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', other_table, application_role);
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), application_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   current_schema(), application_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I',
                   current_schema(), application_role);
END
$$;
