-- Once per PostgreSQL database that Lyrae serves from (as a superuser), when the service's own
-- role may not create extensions:  psql -d lyrae -f deploy/postgres-init.sql
-- Lyrae creates its schemas and tables itself; it needs pgSphere in the database.
CREATE EXTENSION IF NOT EXISTS pg_sphere;
-- On Debian 12 with PostgreSQL 15.14 or later the packaged pgSphere script fails; after
-- deploy/bootstrap.sh, use the corrected one instead:
--   CREATE EXTENSION IF NOT EXISTS pg_sphere VERSION '1.2.0-lyrae';
