-- One account with its roles, sorted so the output is stable.
SELECT a.id,
       a.info,
       a.enabled,
       ARRAY(SELECT r.role FROM account_roles r WHERE r.account_id = a.id ORDER BY r.role) AS roles
FROM accounts a
WHERE a.id = @id
