-- Counts changes to the agency's level and justification only: the optimistic check of the
-- indicator form, so that someone adding evidence does not make a colleague's save a conflict.
-- (The JPA version column still guards every change of the row.)
alter table indicator_assessment add column entry_version bigint not null default 0;
