-- The bytes of the documents attached to laureates, addressed by their SHA-256 (hex): the same bytes are
-- kept once however often they are attached. The events name that hash; every read checks it.
CREATE TABLE document_content (
    sha256    CHAR(64)    PRIMARY KEY,
    content   BYTEA       NOT NULL,
    stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Kept out of line and uncompressed: PDFs, images and office files are compressed already.
ALTER TABLE document_content ALTER COLUMN content SET STORAGE EXTERNAL;

-- The documents of the read side, written by the laureate projection with the laureate's row.
CREATE TABLE document_view (
    document_id  VARCHAR(64)  PRIMARY KEY,
    laureate_id  VARCHAR(64)  NOT NULL,
    sequence     BIGINT       NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    file_name    TEXT         NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    attached_by  VARCHAR(255) NOT NULL,
    attached_at  TIMESTAMPTZ  NOT NULL,
    attached_on  DATE         NOT NULL,
    reason       TEXT
);
CREATE INDEX document_view_laureate ON document_view (laureate_id, sequence);

-- The verification reads the documents the events name, in global order, without reading every event.
CREATE INDEX domainevententry_documents ON domainevententry (globalindex)
    WHERE payloadtype = 'fr.deffinum.domain.laureate.events.DocumentAttached';

-- Stored bytes are never changed nor deleted by the application, as its events are not; the read side
-- is emptied by a rebuild.
DO $$
DECLARE
    application_role CONSTANT TEXT := '${application_role}';
BEGIN
    IF application_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE ON document_content FROM %I', application_role);
    EXECUTE format('GRANT TRUNCATE ON document_view TO %I', application_role);
END
$$;
