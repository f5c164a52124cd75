-- An account change request is the record of who granted case access and who approved it
-- (issue 13.14): like the case tables, it is never deleted.
create trigger case_tables_never_deleted before delete on "AccountChangeRequest"
  for each statement execute function refuse_case_delete();
