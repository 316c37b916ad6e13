-- Users managed in the product: assessors' institution, temporary passwords that must be changed
-- at the next sign-in, and the indexes the administrator's paginated user list filters by.
alter table user_account add column institution varchar(200);
alter table user_account add column must_change_password boolean not null default false;
alter table user_account add column password_changed_at timestamptz;

-- the institution (a university, a consultancy) is an assessor's; agency users have their agency
alter table user_account add constraint ck_user_institution check (institution is null or role = 'ASSESSOR');

create index ix_user_role on user_account (role);
create index ix_user_locked on user_account (locked_until) where locked_until is not null;

-- sign-in looks names up case-insensitively, so two names differing only in case must not both exist
create unique index uq_user_username_lower on user_account (lower(username));
