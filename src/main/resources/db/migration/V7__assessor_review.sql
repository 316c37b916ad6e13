-- Assessor review: stage history, recommendations, evidence review, clarifications, interviews.

-- Every change of a stage level, note or recommendation: append-only.
create table score_change (
    id            bigserial primary key,
    assessment_id bigint      not null references indicator_assessment (id),
    stage         varchar(30) not null,
    field         varchar(20) not null check (field in ('LEVEL', 'NOTE', 'RECOMMENDATION', 'JUSTIFICATION')),
    old_value     text,
    new_value     text,
    changed_by    bigint      not null references user_account (id),
    changed_at    timestamptz not null
);
create index ix_score_change_assessment on score_change (assessment_id);

alter table indicator_assessment add column recommendation text;
alter table indicator_assessment add constraint ck_recommendation_length check (char_length(recommendation) <= 5000);
alter table stage_score add constraint ck_stage_note_length check (char_length(note) <= 5000);

alter table evidence_use add column reviewed_by bigint references user_account (id);
alter table evidence_use add column reviewed_at timestamptz;

-- Pemdi per-level evidence items (code from the instrument) judged per indicator.
create table evidence_item_review (
    id            bigserial primary key,
    assessment_id bigint      not null references indicator_assessment (id),
    item_code     varchar(40) not null,
    status        varchar(20) not null check (status in ('PENDING', 'ACCEPTED', 'NEEDS_REVISION')),
    note          text,
    reviewed_by   bigint      not null references user_account (id),
    reviewed_at   timestamptz not null,
    constraint uq_item_review unique (assessment_id, item_code)
);

-- Indicators sent back to the agency with a message and a deadline; closed on hand-back or resume.
create table clarification (
    id            bigserial primary key,
    evaluation_id bigint       not null references evaluation (id),
    indicators    varchar(1000) not null,
    message       text         not null,
    deadline      date         not null,
    requested_by  bigint       not null references user_account (id),
    requested_at  timestamptz  not null,
    closed_by     bigint       references user_account (id),
    closed_at     timestamptz,
    answer        text
);
create unique index uq_open_clarification on clarification (evaluation_id) where closed_at is null;

-- Interview sessions (penilaian interviu) with attendees and per-indicator notes.
create table interview_session (
    id              bigserial primary key,
    evaluation_id   bigint        not null references evaluation (id),
    held_at         timestamp     not null,
    medium          varchar(200)  not null,
    meeting_link    varchar(2000),
    findings        text,
    recommendations text,
    created_by      bigint        not null references user_account (id),
    created_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index ix_interview_evaluation on interview_session (evaluation_id);

create table interview_attendee (
    id         bigserial primary key,
    session_id bigint       not null references interview_session (id),
    side       varchar(10)  not null check (side in ('ASSESSOR', 'AGENCY')),
    name       varchar(200) not null,
    position   varchar(200),
    ordinal    integer      not null
);
create index ix_attendee_session on interview_attendee (session_id);

create table interview_note (
    id               bigserial primary key,
    session_id       bigint  not null references interview_session (id),
    indicator_number integer not null,
    note             text    not null,
    constraint uq_interview_note unique (session_id, indicator_number)
);
