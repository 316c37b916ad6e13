-- A period's stage windows: self-assessment, document review (the old review_* columns), interview
-- and final, each from/to (WIB calendar days, both inclusive). Periods made before this migration
-- may lack the later windows; a period created or edited in the product has all four, in order and
-- not overlapping (evaluation.PeriodRules).
alter table evaluation_period
    add column interview_start date,
    add column interview_end   date,
    add column final_start     date,
    add column final_end       date,
    add constraint ck_period_self_window check (self_assessment_start <= self_assessment_end),
    add constraint ck_period_review_window check (review_start <= review_end),
    add constraint ck_period_interview_window check (interview_start <= interview_end),
    add constraint ck_period_final_window check (final_start <= final_end);

-- The self-assessment window of one agency, extended by an administrator beyond the period's:
-- the last day in force is kept on the evaluation (read with every write check), every extension
-- with its reason in window_extension, append-only.
alter table evaluation add column window_extended_until date;

create table window_extension (
    id            bigserial primary key,
    evaluation_id bigint        not null references evaluation (id),
    until         date          not null,
    previous      date,
    reason        varchar(2000) not null,
    extended_by   bigint        not null references user_account (id),
    extended_at   timestamptz   not null
);
create index ix_window_extension_evaluation on window_extension (evaluation_id);
