-- Public rate limits shared by every server instance on one PostgreSQL database: one Bucket4j
-- token bucket per limit and client address (its state is Bucket4j's own serialized form).
-- expires_at (epoch milliseconds) is when the bucket would be full again; later rows are deleted
-- by a job. A database used by a single H2 instance keeps its buckets in memory instead.
CREATE TABLE rate_limit_buckets (
    id VARCHAR(200) PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_buckets_expiry_idx ON rate_limit_buckets (expires_at);
