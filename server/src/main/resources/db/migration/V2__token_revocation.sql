-- Staff access tokens that were logged out before they expired. Rows past expires_at can go.
CREATE TABLE revoked_tokens (
    token_id   VARCHAR(64) PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revoked_tokens_expiry_idx ON revoked_tokens (expires_at);

-- Tokens carry the generation they were issued in; a password change starts a new generation,
-- so every earlier token is refused.
ALTER TABLE staff_users ADD COLUMN token_generation INTEGER DEFAULT 0 NOT NULL;
