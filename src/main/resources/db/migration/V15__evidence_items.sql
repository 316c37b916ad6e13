-- Evidence answers the instrument's evidence items (Pemdi: codes such as I4-L2-01), not only levels.
-- The codes of one use, comma-separated and sorted like supported_levels; empty on instruments
-- without items (SPBE), where the levels alone are chosen.
alter table evidence_use add column item_codes varchar(2000) not null default '';

-- An item sent back for revision says why: the wrong document, nothing uploaded, or another reason.
-- (The fourth reason, "level below not accepted", is never stored: it follows from the other items.)
alter table evidence_item_review add column reason varchar(20)
    check (reason in ('WRONG_DOCUMENT', 'NOT_UPLOADED', 'OTHER'));
update evidence_item_review set reason = 'OTHER' where status = 'NEEDS_REVISION';
alter table evidence_item_review add constraint ck_item_review_reason
    check ((status = 'NEEDS_REVISION') = (reason is not null));
alter table evidence_item_review add constraint ck_item_review_note_length check (char_length(note) <= 5000);
