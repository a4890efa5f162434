-- Integrators' webhooks: each subscribes a URL of a venue to event types. Their deliveries are
-- messages of the same outbox as mails (channel WEBHOOK), so they are written in the change's
-- transaction, claimed once across instances, retried with the same backoff and logged; the
-- body is fixed when the event happens and sent the same on every try, with the same id.
CREATE TABLE webhooks (
    id UUID PRIMARY KEY,
    venue_id UUID NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    url VARCHAR(2000) NOT NULL,
    events VARCHAR(500) NOT NULL,
    secret VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX webhooks_venue_idx ON webhooks (venue_id);

ALTER TABLE messages ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'EMAIL';
ALTER TABLE messages ADD COLUMN webhook_id UUID;
ALTER TABLE messages ADD COLUMN event_type VARCHAR(40);
ALTER TABLE messages ADD COLUMN payload VARCHAR(16000);
CREATE INDEX messages_webhook_idx ON messages (webhook_id, created_at);
