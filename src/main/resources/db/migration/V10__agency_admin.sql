-- Agencies get the official Kemendagri region code (two digits for a province, PP.RR for a
-- kabupaten or kota; none for ministries and national agencies), unique so that loading the
-- bundled region list twice adds nothing. Units can be deactivated like agencies: both are
-- referenced by users and evaluations, so they are never deleted.
alter table agency add column region_code varchar(5);
alter table agency add constraint uq_agency_region_code unique (region_code);
alter table agency add constraint ck_agency_region_code check (region_code ~ '^[0-9]{2}([.][0-9]{2})?$');
alter table agency_unit add column active boolean not null default true;
create index ix_agency_type_province on agency (type, province);
