-- Personal API tokens (issue 14): scripts and integrations call the API with
-- "Authorization: Bearer <token>" instead of a password. Only the SHA-256 of the secret is kept:
-- the secret is 256 random bits, so a fast hash is enough and a copy of this table gives no usable
-- token. The prefix (the secret's first characters) lets the owner tell tokens apart.
create table api_token (
    id           bigserial    primary key,
    user_id      bigint       not null references user_account (id),
    name         varchar(100) not null check (length(name) > 0),
    secret_hash  varchar(64)  not null unique check (secret_hash ~ '^[0-9a-f]{64}$'),
    prefix       varchar(16)  not null,
    -- the first day (WIB) on which the token is refused
    expires_on   date         not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   bigint       references user_account (id),
    constraint ck_api_token_revoked check ((revoked_at is null) = (revoked_by is null))
);

create index ix_api_token_user on api_token (user_id, created_at);
