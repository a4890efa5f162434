-- What staff and kiosks changed: who, what, when, and the state before and after (as JSON).
CREATE TABLE audit_log (
    id              UUID PRIMARY KEY,
    -- Order of writing: times can tie, and clocks of several instances differ a little.
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_kind      VARCHAR(10) NOT NULL,
    actor_id        UUID NOT NULL,
    actor_name      VARCHAR(320) NOT NULL,
    action          VARCHAR(200) NOT NULL,
    entity_type     VARCHAR(40) NOT NULL,
    entity_id       UUID,
    before_state    VARCHAR(20000),
    after_state     VARCHAR(20000),
    CONSTRAINT audit_log_actor_kind_check CHECK (actor_kind IN ('STAFF', 'KIOSK'))
);
CREATE INDEX audit_log_organization_seq_idx ON audit_log (organization_id, seq);
