-- A role change, disabling or re-enabling an account, or a new password ends every session the
-- user has: the session cookie carries sessionVersion and get-actor compares it on every request.
-- In the database, so no admin code path can forget it.
create function user_session_bump() returns trigger language plpgsql as $$
begin
  if new."role" is distinct from old."role"
     or new."disabledAt" is distinct from old."disabledAt"
     or new."passwordHash" is distinct from old."passwordHash" then
    new."sessionVersion" := greatest(new."sessionVersion", old."sessionVersion" + 1);
  end if;
  return new;
end
$$;

create trigger user_session_bump before update on "User"
  for each row execute function user_session_bump();
