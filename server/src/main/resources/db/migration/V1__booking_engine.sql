-- Slotwise schema. Runs unchanged on PostgreSQL and on H2 (in PostgreSQL mode).
-- Times are instants (timestamp with time zone); wall-clock times live only in schedules.

CREATE TABLE organizations (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_users (
    id            UUID PRIMARY KEY,
    email         VARCHAR(320) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_users_email_key UNIQUE (email)
);

CREATE TABLE memberships (
    user_id         UUID NOT NULL REFERENCES staff_users (id),
    organization_id UUID NOT NULL REFERENCES organizations (id),
    role            VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, organization_id),
    CONSTRAINT memberships_role_check CHECK (role IN ('OWNER', 'STAFF'))
);

CREATE TABLE venues (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name            VARCHAR(200) NOT NULL,
    timezone        VARCHAR(64) NOT NULL,
    embed_key       VARCHAR(64) NOT NULL,
    -- Origins allowed to embed the widget, one per line.
    allowed_origins VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT venues_embed_key_key UNIQUE (embed_key)
);
CREATE INDEX venues_organization_idx ON venues (organization_id);

CREATE TABLE activities (
    id               UUID PRIMARY KEY,
    venue_id         UUID NOT NULL REFERENCES venues (id),
    name             VARCHAR(200) NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    duration_minutes INTEGER NOT NULL,
    price            BIGINT NOT NULL,
    currency         VARCHAR(3) NOT NULL,
    min_party_size   INTEGER NOT NULL,
    max_party_size   INTEGER NOT NULL,
    capacity         INTEGER NOT NULL,
    payment_mode     VARCHAR(20) NOT NULL,
    stripe_price_id  VARCHAR(255),
    -- The schedule in its API JSON form; only the server's schedule rules interpret it.
    schedule         VARCHAR(20000) NOT NULL,
    active           BOOLEAN NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT activities_duration_check CHECK (duration_minutes > 0),
    CONSTRAINT activities_price_check CHECK (price >= 0),
    CONSTRAINT activities_party_check CHECK (min_party_size >= 1 AND max_party_size >= min_party_size),
    CONSTRAINT activities_capacity_check CHECK (capacity >= 1),
    CONSTRAINT activities_payment_mode_check CHECK (payment_mode IN ('PREPAY', 'PAY_AT_VENUE'))
);
CREATE INDEX activities_venue_idx ON activities (venue_id);

CREATE TABLE activity_sessions (
    id                 UUID PRIMARY KEY,
    activity_id        UUID NOT NULL REFERENCES activities (id),
    start_time         TIMESTAMP WITH TIME ZONE NOT NULL,
    end_time           TIMESTAMP WITH TIME ZONE NOT NULL,
    capacity_total     INTEGER NOT NULL,
    capacity_remaining INTEGER NOT NULL,
    status             VARCHAR(20) NOT NULL,
    CONSTRAINT activity_sessions_capacity_check
        CHECK (capacity_remaining >= 0 AND capacity_remaining <= capacity_total),
    CONSTRAINT activity_sessions_status_check CHECK (status IN ('OPEN', 'BLOCKED', 'CANCELLED')),
    CONSTRAINT activity_sessions_time_check CHECK (end_time > start_time),
    -- Also the index for "sessions of an activity", activity_id being its leading column.
    CONSTRAINT activity_sessions_activity_start_key UNIQUE (activity_id, start_time)
);
CREATE INDEX activity_sessions_start_idx ON activity_sessions (start_time);

CREATE TABLE slot_reservations (
    id              UUID PRIMARY KEY,
    session_id      UUID NOT NULL REFERENCES activity_sessions (id),
    party_size      INTEGER NOT NULL,
    email           VARCHAR(320) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    amount          BIGINT NOT NULL,
    currency        VARCHAR(3) NOT NULL,
    hold_token_hash VARCHAR(64) NOT NULL,
    idempotency_key VARCHAR(255),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT slot_reservations_party_check CHECK (party_size >= 1),
    CONSTRAINT slot_reservations_status_check
        CHECK (status IN ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    CONSTRAINT slot_reservations_idempotency_key UNIQUE (idempotency_key)
);
CREATE INDEX slot_reservations_session_idx ON slot_reservations (session_id);
-- The expiry sweep asks for status = 'HELD' AND expires_at <= now: this index answers it
-- without reading confirmed or ended holds.
CREATE INDEX slot_reservations_expiry_idx ON slot_reservations (status, expires_at);

CREATE TABLE customers (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    -- Stored lower-cased: one customer per address within an organization.
    email           VARCHAR(320) NOT NULL,
    name            VARCHAR(200),
    phone           VARCHAR(50),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT customers_organization_email_key UNIQUE (organization_id, email)
);

CREATE TABLE bookings (
    id             UUID PRIMARY KEY,
    booking_number VARCHAR(16) NOT NULL,
    reservation_id UUID NOT NULL REFERENCES slot_reservations (id),
    session_id     UUID NOT NULL REFERENCES activity_sessions (id),
    customer_id    UUID NOT NULL REFERENCES customers (id),
    party_size     INTEGER NOT NULL,
    total_amount   BIGINT NOT NULL,
    currency       VARCHAR(3) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    payment_method VARCHAR(20) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_in_at  TIMESTAMP WITH TIME ZONE,
    cancelled_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT bookings_booking_number_key UNIQUE (booking_number),
    CONSTRAINT bookings_reservation_key UNIQUE (reservation_id),
    CONSTRAINT bookings_status_check CHECK (status IN ('CONFIRMED', 'CANCELLED'))
);
CREATE INDEX bookings_session_idx ON bookings (session_id);
CREATE INDEX bookings_customer_idx ON bookings (customer_id);
CREATE INDEX bookings_created_idx ON bookings (created_at);

CREATE TABLE kiosk_devices (
    id         UUID PRIMARY KEY,
    venue_id   UUID NOT NULL REFERENCES venues (id),
    name       VARCHAR(200) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT kiosk_devices_token_key UNIQUE (token_hash)
);
CREATE INDEX kiosk_devices_venue_idx ON kiosk_devices (venue_id);

-- Secrets shared by every server instance (e.g. the key that derives hold tokens for retries).
CREATE TABLE server_secrets (
    name   VARCHAR(64) PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);

-- ShedLock: each scheduled job runs once across server instances.
CREATE TABLE shedlock (
    name       VARCHAR(64) PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
