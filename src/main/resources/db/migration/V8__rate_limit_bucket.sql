-- Rate limits of the citizen's endpoints (docs/decisions/0010): one Bucket4j token bucket per key, in the database so
-- that every node counts the same requests. The key is a keyed hash (HMAC) of what is counted, never a raw client
-- address. expires_at (epoch milliseconds) is when the bucket is full again, plus a margin; from then on the row says
-- nothing a new bucket would not, and the cleanup deletes it.
create table rate_limit_bucket (
    id         varchar(64) not null primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);

-- Replaced by rate_limit_bucket: the web form's own per-address counter.
drop table submit_rate;
