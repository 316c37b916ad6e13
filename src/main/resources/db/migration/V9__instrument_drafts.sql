-- Instrument versions edited in the product (issue 11). A DRAFT keeps its whole tree as one JSON
-- document in `document` and has no child rows: a draft may be saved while invalid (numbers used
-- twice, weights that do not add up), which the child tables' unique constraints would refuse.
-- Publishing validates the document, writes the child rows as the bundled loader does, clears
-- `document` and freezes the version. Header columns of a draft mirror its document for lists and
-- may be empty while the draft is incomplete; a published or retired version has them all.
alter table instrument add column document text;
alter table instrument add column lock_value bigint not null default 0;
alter table instrument add column changed_by varchar(100);
alter table instrument add column changed_at timestamptz;
alter table instrument add column changed_action varchar(40);

alter table instrument alter column regulation drop not null;
alter table instrument alter column scale_min drop not null;
alter table instrument alter column scale_max drop not null;
alter table instrument alter column index_name_id drop not null;
alter table instrument alter column index_name_en drop not null;
alter table instrument alter column checksum drop not null;

alter table instrument add constraint ck_instrument_draft_document check (
    (status = 'DRAFT' and document is not null)
    or (status <> 'DRAFT' and document is null and regulation is not null and scale_min is not null
        and scale_max is not null and index_name_id is not null and index_name_en is not null
        and checksum is not null));
