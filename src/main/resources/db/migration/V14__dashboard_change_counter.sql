-- The national dashboard keeps each evaluation's figures (progress counts, self and final index)
-- in memory and recomputes only evaluations whose change_no moved since (dashboard.PeriodFigures).
-- The counter is bumped by the database itself, in the writing transaction, for every statement
-- that changes what those figures read, whichever module or tool writes: so a dashboard read in
-- one snapshot sees a change and its counter together, and a cached figure is never stale.
-- No foreign key to evaluation: the first bump of an evaluation would otherwise take a KEY SHARE
-- lock on the evaluation row, which every agency and assessor write holds FOR UPDATE.
create table evaluation_change (
    evaluation_id bigint primary key,
    change_no     bigint not null
);

-- Statement-level triggers with transition tables: one upsert per statement (a bulk insert of
-- thousands of rows costs one), rows in evaluation order so that two bulk writers cannot deadlock.
create function bump_evaluation_change(ids bigint[]) returns void language sql as $$
    insert into evaluation_change (evaluation_id, change_no)
    select id, 1 from (select distinct unnest(ids) as id) d where id is not null order by id
    on conflict (evaluation_id) do update set change_no = evaluation_change.change_no + 1;
$$;

create function evaluation_changed_by_entry() returns trigger language plpgsql as $$
begin
    perform bump_evaluation_change(array(select evaluation_id from changed));
    return null;
end $$;

create function evaluation_changed_by_assessment_child() returns trigger language plpgsql as $$
begin
    perform bump_evaluation_change(array(
        select ia.evaluation_id from changed c join indicator_assessment ia on ia.id = c.assessment_id));
    return null;
end $$;

create trigger indicator_assessment_inserted after insert on indicator_assessment
    referencing new table as changed for each statement execute function evaluation_changed_by_entry();
create trigger indicator_assessment_updated after update on indicator_assessment
    referencing new table as changed for each statement execute function evaluation_changed_by_entry();
create trigger indicator_assessment_deleted after delete on indicator_assessment
    referencing old table as changed for each statement execute function evaluation_changed_by_entry();

create trigger stage_score_inserted after insert on stage_score
    referencing new table as changed for each statement execute function evaluation_changed_by_assessment_child();
create trigger stage_score_updated after update on stage_score
    referencing new table as changed for each statement execute function evaluation_changed_by_assessment_child();
create trigger stage_score_deleted after delete on stage_score
    referencing old table as changed for each statement execute function evaluation_changed_by_assessment_child();

create trigger evidence_use_inserted after insert on evidence_use
    referencing new table as changed for each statement execute function evaluation_changed_by_assessment_child();
create trigger evidence_use_updated after update on evidence_use
    referencing new table as changed for each statement execute function evaluation_changed_by_assessment_child();
create trigger evidence_use_deleted after delete on evidence_use
    referencing old table as changed for each statement execute function evaluation_changed_by_assessment_child();

-- hiding evidence removes it from every indicator's "has evidence" count
create trigger evidence_updated after update on evidence
    referencing new table as changed for each statement execute function evaluation_changed_by_entry();
create trigger evidence_deleted after delete on evidence
    referencing old table as changed for each statement execute function evaluation_changed_by_entry();
