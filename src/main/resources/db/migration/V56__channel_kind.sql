-- Whether a channel is online or offline is a property of the channel, editable; the channels named online until
-- now keep that kind, every other one starts offline.
alter table channels add column kind text not null default 'offline' check (kind in ('online', 'offline'));

update channels set kind = 'online' where key in ('web', 'app', 'email', 'chat', 'social', 'sms', 'mobile');
