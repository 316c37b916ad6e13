-- Scores of other national indices (SDI, SJIG, EPSS) for the indicators whose value source is
-- EXTERNAL_INDEX (Pemdi I5, I6, I7, I18), one per evaluation and indicator, entered by an
-- administrator. The converted value is also written into the indicator's stage_score rows of
-- every stage, so that every index, count and readiness check reads it like any other value.
create table external_index_score (
    id               bigserial primary key,
    evaluation_id    bigint        not null references evaluation (id),
    indicator_number integer       not null,
    score            numeric(9, 4) not null,
    converted_value  numeric(3, 2) not null,
    source           varchar(200)  not null,
    score_date       date          not null,
    entered_by       bigint        not null references user_account (id),
    entered_at       timestamptz   not null,
    constraint uq_external_index_score unique (evaluation_id, indicator_number)
);

-- Evaluations that are not finalised get the instrument's default value (1.00 for Pemdi) at every
-- stage of their external indicators, as new evaluations do when they open. Finalised
-- evaluations keep the values they were published with.
insert into stage_score (assessment_id, stage, value)
select ia.id, st.stage, i.ext_default_value
from evaluation e
join evaluation_period p on p.id = e.period_id
join indicator i on i.instrument_id = p.instrument_id and i.value_source = 'EXTERNAL_INDEX'
join indicator_assessment ia on ia.evaluation_id = e.id and ia.indicator_number = i.number
cross join (values ('SELF'), ('DOCUMENT_REVIEW'), ('INTERVIEW'), ('SITE_VISIT'), ('FINAL')) as st (stage)
where e.state <> 'FINALISED' and i.ext_default_value is not null
on conflict (assessment_id, stage) do update set value = excluded.value, set_by = null, set_at = null;
