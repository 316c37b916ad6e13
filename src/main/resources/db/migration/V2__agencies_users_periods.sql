create table agency (
    id       bigserial primary key,
    name     varchar(300) not null unique,
    type     varchar(30)  not null check (type in ('KEMENTERIAN_LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA')),
    province varchar(100),
    active   boolean      not null default true
);

create table user_account (
    id            bigserial primary key,
    username      varchar(100) not null unique,
    password_hash varchar(200) not null,
    full_name     varchar(200) not null,
    role          varchar(30)  not null check (role in ('ADMIN', 'ASSESSOR', 'AGENCY_COORDINATOR', 'AGENCY_OPERATOR')),
    agency_id     bigint       references agency (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    -- an agency user belongs to exactly one agency; admins and assessors to none
    constraint ck_user_agency check (
        (role in ('AGENCY_COORDINATOR', 'AGENCY_OPERATOR') and agency_id is not null)
        or (role in ('ADMIN', 'ASSESSOR') and agency_id is null))
);

create table evaluation_period (
    id            bigserial primary key,
    year          integer      not null,
    name          varchar(200) not null unique,
    instrument_id bigint       not null references instrument (id),
    self_assessment_start date,
    self_assessment_end   date,
    review_start  date,
    review_end    date
);

create table evaluation (
    id         bigserial primary key,
    period_id  bigint      not null references evaluation_period (id),
    agency_id  bigint      not null references agency (id),
    state      varchar(30) not null,
    version    bigint      not null default 0,
    created_at timestamptz not null,
    constraint uq_evaluation_period_agency unique (period_id, agency_id)
);

create index ix_user_agency on user_account (agency_id);
create index ix_evaluation_agency on evaluation (agency_id);
