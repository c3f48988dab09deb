-- A pending delivery that failed and waits for its back-off, as opposed to one that is new or in flight (leased).
-- When the receiver answers again, the worker brings its waiting deliveries forward (ReceiverRecovery) instead of
-- leaving each to its own back-off, which after ten minutes down can be another ten minutes away.
alter table delivery add column awaiting_retry boolean not null default false;
create index delivery_awaiting_retry on delivery (subscription_id) where state = 'PENDING' and awaiting_retry;
