-- Every request updates its session's last-access time. Sessions are disposable, so their tables skip the
-- write-ahead log: no disk flush per request. After a database crash (not a clean restart) the sessions are
-- gone and users log in again; unlogged tables are also not copied to streaming replicas.
alter table spring_session_attributes set unlogged;
alter table spring_session set unlogged;
