-- Repeated wrong passwords lock a login for a while (against password guessing).
alter table user_account add column failed_logins integer not null default 0;
alter table user_account add column locked_until timestamptz;
