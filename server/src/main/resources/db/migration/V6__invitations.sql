-- Joining an organization is an invitation its invitee accepts: an owner can no longer attach an
-- existing account of another organization, and cannot tell from the answer whether one exists.
CREATE TABLE invitations (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email VARCHAR(320) NOT NULL,
    role VARCHAR(16) NOT NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    failed_attempts INT NOT NULL DEFAULT 0,
    CONSTRAINT invitations_role CHECK (role IN ('OWNER', 'STAFF'))
);
CREATE INDEX invitations_organization_idx ON invitations (organization_id);
