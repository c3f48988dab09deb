-- Facial photos of a registrant, kept with the record in PostgreSQL (docs/security.md, "Photos"). The image is the
-- re-encoded one (no EXIF, XMP or GPS metadata survives); the thumbnail is what lists, hits and alerts show inline.
create table registrant_photo (
    id           uuid        primary key,
    registrant_id uuid       not null references registrant (id),
    position     bigint      generated always as identity,
    content_type text        not null check (content_type in ('image/jpeg', 'image/png')),
    width        integer     not null check (width > 0),
    height       integer     not null check (height > 0),
    image        bytea       not null,
    thumbnail    bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
create index registrant_photo_registrant on registrant_photo (registrant_id, position);
