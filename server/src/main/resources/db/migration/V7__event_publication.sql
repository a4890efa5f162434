-- Reactions of one module to another's change (a refund after a cancellation, later a mail) are
-- recorded here in the transaction of the change and crossed off once done, so a reaction that
-- fails or is cut off by a restart is tried again rather than lost. The layout is the one
-- Spring Modulith's JDBC event publication registry reads (its schema version 2), written once for
-- H2 and PostgreSQL alike.
CREATE TABLE event_publication (
    id UUID PRIMARY KEY,
    listener_id VARCHAR(512) NOT NULL,
    event_type VARCHAR(512) NOT NULL,
    serialized_event VARCHAR(8000) NOT NULL,
    publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date TIMESTAMP WITH TIME ZONE,
    status VARCHAR(20),
    completion_attempts INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
