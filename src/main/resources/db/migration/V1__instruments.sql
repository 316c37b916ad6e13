-- Instruments are data: one row per published version; a published version never changes.
create table instrument (
    id              bigserial primary key,
    code            varchar(50)  not null,
    version         integer      not null,
    name_id         varchar(300) not null,
    name_en         varchar(300) not null,
    regulation      varchar(200) not null,
    status          varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    fractional_values boolean    not null,
    scale_min       numeric(3, 2) not null,
    scale_max       numeric(3, 2) not null,
    index_name_id   varchar(200) not null,
    index_name_en   varchar(200) not null,
    source_note_id  text,
    source_note_en  text,
    source_file     varchar(300),
    checksum        varchar(64)  not null,
    loaded_at       timestamptz  not null,
    constraint uq_instrument_code_version unique (code, version),
    constraint ck_instrument_scale check (scale_min < scale_max)
);

create table instrument_scale (
    id            bigserial primary key,
    instrument_id bigint       not null references instrument (id) on delete cascade,
    position      integer      not null,
    code          varchar(50)  not null,
    name_id       varchar(200) not null,
    name_en       varchar(200) not null,
    constraint uq_scale_code unique (instrument_id, code)
);

create table scale_level (
    id       bigserial primary key,
    scale_id bigint       not null references instrument_scale (id) on delete cascade,
    level    integer      not null,
    name_id  varchar(100) not null,
    name_en  varchar(100) not null,
    constraint uq_scale_level unique (scale_id, level)
);

create table rating_band (
    id            bigserial primary key,
    instrument_id bigint        not null references instrument (id) on delete cascade,
    position      integer       not null,
    predikat      varchar(50)   not null,
    name_en       varchar(50)   not null,
    min_value     numeric(3, 2) not null,
    max_value     numeric(3, 2) not null,
    constraint ck_band_range check (min_value < max_value)
);

create table instrument_domain (
    id            bigserial primary key,
    instrument_id bigint       not null references instrument (id) on delete cascade,
    position      integer      not null,
    code          varchar(20)  not null,
    name_id       varchar(300) not null,
    name_en       varchar(300) not null,
    weight        numeric(7, 3) not null,
    constraint uq_domain_code unique (instrument_id, code)
);

create table instrument_aspect (
    id            bigserial primary key,
    instrument_id bigint       not null references instrument (id) on delete cascade,
    domain_id     bigint       references instrument_domain (id) on delete cascade,
    position      integer      not null,
    code          varchar(20)  not null,
    name_id       varchar(300) not null,
    name_en       varchar(300) not null,
    weight        numeric(7, 3) not null,
    constraint uq_aspect_code unique (instrument_id, code)
);

create table indicator (
    id                   bigserial primary key,
    instrument_id        bigint       not null references instrument (id) on delete cascade,
    aspect_id            bigint       not null references instrument_aspect (id) on delete cascade,
    position             integer      not null,
    number               integer      not null,
    name_id              varchar(500) not null,
    name_en              varchar(500) not null,
    weight               numeric(7, 3) not null check (weight > 0),
    scale_code           varchar(50)  not null,
    explanation_id       text,
    explanation_en       text,
    evidence_guidance_id text,
    evidence_guidance_en text,
    value_source         varchar(20)  not null check (value_source in ('ASSESSED', 'EXTERNAL_INDEX')),
    ext_code             varchar(20),
    ext_name_id          varchar(300),
    ext_name_en          varchar(300),
    ext_min              numeric(7, 2),
    ext_max              numeric(7, 2),
    ext_default_value    numeric(3, 2),
    constraint uq_indicator_number unique (instrument_id, number)
);

create table level_criterion (
    id                   bigserial primary key,
    indicator_id         bigint  not null references indicator (id) on delete cascade,
    level                integer not null,
    criterion_id         text    not null,
    criterion_en         text    not null,
    evidence_expected_id text,
    evidence_expected_en text,
    constraint uq_criterion_level unique (indicator_id, level)
);

create table evidence_item (
    id             bigserial primary key,
    indicator_id   bigint      not null references indicator (id) on delete cascade,
    position       integer     not null,
    code           varchar(30) not null,
    level          integer     not null,
    description_id text        not null,
    description_en text        not null,
    constraint uq_evidence_item_code unique (indicator_id, code)
);

create table index_conversion_band (
    id           bigserial primary key,
    indicator_id bigint        not null references indicator (id) on delete cascade,
    position     integer       not null,
    source_from  numeric(7, 2) not null,
    source_to    numeric(7, 2) not null,
    value_from   numeric(3, 2) not null,
    value_to     numeric(3, 2) not null
);

create index ix_aspect_instrument on instrument_aspect (instrument_id);
create index ix_indicator_aspect on indicator (aspect_id);
create index ix_criterion_indicator on level_criterion (indicator_id);
create index ix_evidence_item_indicator on evidence_item (indicator_id);
