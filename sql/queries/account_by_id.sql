-- One account by its id.
SELECT id, info, enabled FROM accounts WHERE id = @id
