-- Units (OPD) of an agency; an agency user may belong to one.
create table agency_unit (
    id        bigserial primary key,
    agency_id bigint       not null references agency (id),
    name      varchar(200) not null,
    constraint uq_unit_name unique (agency_id, name)
);
alter table user_account add column unit_id bigint references agency_unit (id);

-- Every workflow transition, append-only.
create table evaluation_event (
    id            bigserial primary key,
    evaluation_id bigint       not null references evaluation (id),
    at            timestamptz  not null,
    actor_id      bigint       not null references user_account (id),
    from_state    varchar(30)  not null,
    to_state      varchar(30)  not null,
    action        varchar(30)  not null,
    note          text
);
create index ix_event_evaluation on evaluation_event (evaluation_id);

-- One row per indicator of the evaluation's instrument.
create table indicator_assessment (
    id               bigserial primary key,
    evaluation_id    bigint      not null references evaluation (id),
    indicator_number integer     not null,
    justification    text,
    assignee_user_id bigint      references user_account (id),
    assignee_unit_id bigint      references agency_unit (id),
    approved_by      bigint      references user_account (id),
    approved_at      timestamptz,
    updated_by       bigint      references user_account (id),
    updated_at       timestamptz,
    version          bigint      not null default 0,
    constraint uq_assessment unique (evaluation_id, indicator_number),
    constraint ck_justification_length check (char_length(justification) <= 10000)
);

-- A value per stage (SELF now; assessor stages later), rows keyed by stage.
create table stage_score (
    id            bigserial primary key,
    assessment_id bigint        not null references indicator_assessment (id),
    stage         varchar(30)   not null,
    value         numeric(3, 2),
    note          text,
    set_by        bigint        references user_account (id),
    set_at        timestamptz,
    constraint uq_stage_score unique (assessment_id, stage)
);

-- Evidence belongs to the evaluation; files are versions; uses link it to indicators.
create table evidence (
    id            bigserial primary key,
    evaluation_id bigint        not null references evaluation (id),
    kind          varchar(10)   not null check (kind in ('FILE', 'LINK')),
    title         varchar(300)  not null,
    url           varchar(2000),
    accessed_on   date,
    note          text,
    hidden        boolean       not null default false,
    created_by    bigint        not null references user_account (id),
    created_at    timestamptz   not null,
    constraint ck_link check (kind = 'FILE' or (url is not null and accessed_on is not null))
);
create index ix_evidence_evaluation on evidence (evaluation_id);

create table evidence_version (
    id            bigserial primary key,
    evidence_id   bigint        not null references evidence (id),
    version_no    integer       not null,
    storage_key   varchar(100)  not null unique,
    original_name varchar(255)  not null,
    media_type    varchar(150)  not null,
    size_bytes    bigint        not null check (size_bytes > 0),
    sha256        varchar(64)   not null,
    uploaded_by   bigint        not null references user_account (id),
    uploaded_at   timestamptz   not null,
    constraint uq_evidence_version unique (evidence_id, version_no)
);
create index ix_evidence_version_sha on evidence_version (sha256);

create table evidence_use (
    id               bigserial primary key,
    evidence_id      bigint       not null references evidence (id),
    assessment_id    bigint       not null references indicator_assessment (id),
    supported_levels varchar(20)  not null,
    review_status    varchar(20)  not null default 'PENDING' check (review_status in ('PENDING', 'ACCEPTED', 'NEEDS_REVISION')),
    review_note      text,
    created_by       bigint       not null references user_account (id),
    created_at       timestamptz  not null,
    constraint uq_evidence_use unique (evidence_id, assessment_id)
);
create index ix_evidence_use_assessment on evidence_use (assessment_id);
