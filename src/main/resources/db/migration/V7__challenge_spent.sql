-- Security questions already answered on a stored complaint: a form cannot be sent again with the same signed question
-- (a replay would pass the bot check for two hours). In the database, so every node knows them; rows go once expired.
create table challenge_spent (
    nonce      varchar(64) not null primary key,
    expires_at timestamp with time zone not null
);

create index challenge_spent_expiry on challenge_spent (expires_at);
