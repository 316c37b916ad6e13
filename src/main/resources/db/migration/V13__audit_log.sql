-- The audit log: one append-only row per security-relevant or data-changing action (common.AuditEvent).
-- No foreign keys: the log must record actions on any object (and failed sign-ins of logins that do
-- not exist) and must never block or cascade from a change elsewhere; the username is kept as text
-- so that the row still says who it was whatever happens to the account.
create table audit_log (
    id          bigserial primary key,
    at          timestamptz   not null,
    user_id     bigint,
    username    varchar(100),
    address     varchar(64),
    action      varchar(64)   not null check (action ~ '^[A-Z][A-Z0-9_]*$'),
    object_type varchar(40),
    object_id   varchar(100),
    agency_id   bigint,
    detail      varchar(2000)
);

-- Newest first, by time then id, alone or within one filter (the page's and the API's filters).
create index ix_audit_log_at on audit_log (at, id);
create index ix_audit_log_user on audit_log (lower(username), at, id);
create index ix_audit_log_agency on audit_log (agency_id, at, id) where agency_id is not null;
create index ix_audit_log_action on audit_log (action, at, id);

-- Append-only in the database itself, so that no code path (a repository's delete, a hand-typed
-- statement, a bug) can rewrite what happened. The trigger holds for the table's owner too, which a
-- revoked privilege would not: the application usually connects as the owner.
create function audit_log_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op;
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_append_only();
