-- Every change of an evaluation's assessor team, append-only. The team decides who may read the
-- evaluation, so who changed it when must stay on record. Kept apart from evaluation_event, whose
-- rows are workflow moves from one state to another: a team change moves no state.
create table team_change (
    id            bigserial primary key,
    evaluation_id bigint      not null references evaluation (id),
    at            timestamptz not null,
    actor_id      bigint      not null references user_account (id),
    assessor_id   bigint      not null references user_account (id),
    kind          varchar(20) not null
                  check (kind in ('ADDED_MEMBER', 'ADDED_LEAD', 'MADE_LEAD', 'MADE_MEMBER', 'REMOVED'))
);
create index ix_team_change_evaluation on team_change (evaluation_id);
