-- The external assessors assigned to an evaluation: a team with at most one lead.
create table assessor_assignment (
    id            bigserial primary key,
    evaluation_id bigint      not null references evaluation (id),
    assessor_id   bigint      not null references user_account (id),
    lead          boolean     not null,
    assigned_by   bigint      not null references user_account (id),
    assigned_at   timestamptz not null,
    constraint uq_assessor_assignment unique (evaluation_id, assessor_id)
);
create unique index uq_assessor_lead on assessor_assignment (evaluation_id) where lead;
create index ix_assignment_assessor on assessor_assignment (assessor_id);
