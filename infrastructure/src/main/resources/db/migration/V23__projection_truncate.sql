-- A rebuild empties the projections' tables with TRUNCATE: a DELETE of a million journal rows takes
-- seconds and leaves as many dead rows and index entries for the replay to write beside.
DO $$
DECLARE
    application_role CONSTANT TEXT := '${application_role}';
BEGIN
    IF application_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT TRUNCATE ON audit_entry, amounts_ledger, laureate_view, laureate_payment TO %I',
                   application_role);
END
$$;
