-- Issue 25: the console's language is remembered per account (km or en); null until the person first chooses one,
-- and then the deployment's default (Khmer) applies.
alter table account
    add column language text check (language in ('km', 'en'));
