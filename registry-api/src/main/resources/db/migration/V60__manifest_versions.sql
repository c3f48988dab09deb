-- Manifests are idempotent by content: the same sender and interchange reference with other content is screened
-- again and kept as the next version; content_sha256 (SHA-256 of the manifest as received) tells a resubmission.
-- Rows screened before this migration have no hash, so any later submission under their reference is screened.
alter table screened_manifest add column version int not null default 1;
alter table screened_manifest add column content_sha256 text;
alter table screened_manifest drop constraint screened_manifest_pkey;
alter table screened_manifest add primary key (sender, control_reference, version);
