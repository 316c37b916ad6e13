-- Interview minutes as signed on paper: the place of the meeting, and each attendee's employee
-- number (NIP, 18 digits; none for attendees who are not civil servants).
alter table interview_session add column place varchar(200);
alter table interview_attendee add column nip varchar(18)
    constraint ck_attendee_nip check (nip ~ '^[0-9]{18}$');
