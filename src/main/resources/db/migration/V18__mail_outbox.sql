-- E-mail (notification module): each user's address, language and "deadline reminders only";
-- the outbox every message is written to in the transaction of the action that caused it; and
-- ShedLock's table, so that a scheduled job runs on one application instance at a time.
alter table user_account add column email varchar(254);
alter table user_account add column preferred_language varchar(2) not null default 'id'
    check (preferred_language in ('id', 'en'));
alter table user_account add column mail_deadlines_only boolean not null default false;

-- KEPT: no SMTP configured, kept for administrators to read; PENDING: waiting to be sent (first
-- try after commit, retries by next_attempt_at); SENDING: claimed by one sender until
-- next_attempt_at (a crashed sender's claim expires); SENT; FAILED: last try failed (retried
-- while attempts are left, next_attempt_at null when given up); SKIPPED: not sendable (no
-- address), with the reason in last_error.
create table mail_outbox (
    id              bigserial primary key,
    created_at      timestamptz   not null,
    kind            varchar(40)   not null,
    evaluation_id   bigint,
    user_id         bigint        references user_account (id),
    recipient       varchar(254),
    recipient_name  varchar(200),
    language        varchar(2)    not null,
    subject         varchar(300)  not null,
    body            text          not null,
    attachment_name varchar(100),
    attachment_type varchar(100),
    attachment      bytea,
    status          varchar(10)   not null
        check (status in ('KEPT', 'PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        integer       not null default 0,
    last_error      varchar(1000),
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    -- a reminder's key (kind, evaluation, deadline, days before, user): written at most once
    dedup_key       varchar(200)  unique
);
create index ix_outbox_created on mail_outbox (created_at desc, id desc);
create index ix_outbox_due on mail_outbox (next_attempt_at) where status in ('PENDING', 'SENDING', 'FAILED');

-- net.javacrumbs.shedlock JdbcTemplateLockProvider, using the database's time
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
