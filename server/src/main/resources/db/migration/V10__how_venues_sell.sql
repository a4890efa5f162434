-- How venues sell. An activity is SHARED (seats to several parties) or PRIVATE (the first party
-- takes the session); a shared one may have ticket categories, a private one a price per group
-- size. Rooms, lanes and guides that several activities use are resources: a session with seats
-- held or booked occupies each of its activity's resources over [start, end + buffer), one row
-- per resource, written under the resource's row lock, so two overlapping windows of one
-- resource are never both occupied.
ALTER TABLE activities ADD COLUMN booking_mode VARCHAR(16) NOT NULL DEFAULT 'SHARED';
ALTER TABLE activities ADD COLUMN buffer_minutes INT NOT NULL DEFAULT 0;
ALTER TABLE activities ADD COLUMN image_url VARCHAR(1000);

CREATE TABLE activity_price_categories (
    activity_id UUID NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    sort_order INT NOT NULL,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(100) NOT NULL,
    price BIGINT NOT NULL CHECK (price >= 0),
    PRIMARY KEY (activity_id, sort_order)
);

CREATE TABLE activity_group_prices (
    activity_id UUID NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    party_size INT NOT NULL,
    price BIGINT NOT NULL CHECK (price >= 0),
    PRIMARY KEY (activity_id, party_size)
);

CREATE TABLE resources (
    id UUID PRIMARY KEY,
    venue_id UUID NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX resources_venue_idx ON resources (venue_id);

CREATE TABLE activity_resources (
    activity_id UUID NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    resource_id UUID NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, resource_id)
);
CREATE INDEX activity_resources_resource_idx ON activity_resources (resource_id);

CREATE TABLE resource_occupancy (
    resource_id UUID NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    session_id UUID NOT NULL REFERENCES activity_sessions (id) ON DELETE CASCADE,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (ends_at > starts_at),
    PRIMARY KEY (resource_id, session_id)
);
CREATE INDEX resource_occupancy_window_idx ON resource_occupancy (resource_id, starts_at);
CREATE INDEX resource_occupancy_session_idx ON resource_occupancy (session_id);

-- A party's tickets by category ("adult:2,child:1"), when the hold named them.
ALTER TABLE slot_reservations ADD COLUMN tickets VARCHAR(500);
ALTER TABLE bookings ADD COLUMN tickets VARCHAR(500);
