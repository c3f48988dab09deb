package org.opensor.registry.api.registrant.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.conviction.persistence.JdbcConvictions;
import org.opensor.registry.api.custody.CustodyEvent;
import org.opensor.registry.api.custody.CustodyTimeline;
import org.opensor.registry.api.custody.persistence.JdbcCustodyEvents;
import org.opensor.registry.api.place.Address;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.registrant.Alias;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.registrant.DuplicateCandidate;
import org.opensor.registry.api.registrant.DuplicateRules;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.IdentityDocument;
import org.opensor.registry.api.registrant.PartialDate;
import org.opensor.registry.api.registrant.PhysicalDescription;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantFilter;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantPage;
import org.opensor.registry.api.registrant.RegistrantSort;
import org.opensor.registry.api.registrant.RegistrantSummary;
import org.opensor.registry.api.registrant.Registrants;
import org.opensor.registry.api.registrant.Sex;
import org.opensor.registry.api.registration.ComplianceStatus;
import org.opensor.registry.api.registration.Registration;
import org.opensor.registry.api.registration.RegistrationStatus;
import org.opensor.registry.api.registration.RegistrationTier;
import org.opensor.registry.api.registration.Verification;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.opensor.registry.matching.normalize.NameNormalizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registrants in PostgreSQL, through plain SQL: the {@code registrant} row (identity, custody status, registration)
 * and its identity documents (replaced with the identity; the history keeps the old ones); the append-only tables
 * below it are written by one adapter each, so that each table's columns are in one place.
 */
@Repository
class JdbcRegistrants implements Registrants {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<AliasRow>> ALIASES = new TypeReference<>() {};

    /** How an alias is stored in the {@code aliases} jsonb column; never leaves this class. */
    record AliasRow(String familyName, String givenNames, String fullName, String dateOfBirth) {}

    private final JdbcClient jdbc;
    private final JdbcConvictions convictions;
    private final JdbcCustodyEvents custodyEvents;
    private final JdbcAddresses addresses;
    private final JdbcVerifications verifications;

    JdbcRegistrants(
            JdbcClient jdbc,
            JdbcConvictions convictions,
            JdbcCustodyEvents custodyEvents,
            JdbcAddresses addresses,
            JdbcVerifications verifications) {
        this.jdbc = jdbc;
        this.convictions = convictions;
        this.custodyEvents = custodyEvents;
        this.addresses = addresses;
        this.verifications = verifications;
    }

    @Override
    public void add(Registrant r) {
        Identity i = r.identity();
        identityParams(jdbc.sql("""
                insert into registry.registrant (id, version, family_name, given_names, original_script_name, date_of_birth, sex,
                    nationalities, aliases, date_of_birth_plus_minus_years, place_of_birth, phone_numbers, internet_identifiers,
                    physical_description, photo_references, biometric_references, name_key, custody_status, created_at, created_by, updated_at)
                values (:id, :version, :family, :given, :script, :dob, :sex, :nationalities, cast(:aliases as jsonb), :dobPlusMinus, :pob,
                    :phones, :internet, cast(:description as jsonb), :photos, :biometrics, :nameKey, :custody, :createdAt, :createdBy, :updatedAt)
                """), i)
                .param("id", r.id().value())
                .param("version", r.version())
                .param("custody", r.custody().status().name())
                .param("createdAt", Timestamp.from(r.createdAt()))
                .param("createdBy", r.createdBy())
                .param("updatedAt", Timestamp.from(r.updatedAt()))
                .update();
        insertDocuments(r.id().value(), i.documents());
    }

    @Override
    public Optional<Registrant> find(RegistrantId id) {
        return load(id, "select * from registry.registrant where id = :id");
    }

    @Override
    public Optional<Registrant> findForUpdate(RegistrantId id) {
        return load(id, "select * from registry.registrant where id = :id for update");
    }

    @Override
    public void update(Registrant before, Registrant after) {
        Identity i = after.identity();
        Registration g = after.registration();
        int updated = identityParams(jdbc.sql("""
                update registry.registrant set version = :version, family_name = :family, given_names = :given,
                    original_script_name = :script, date_of_birth = :dob, sex = :sex, nationalities = :nationalities,
                    aliases = cast(:aliases as jsonb), date_of_birth_plus_minus_years = :dobPlusMinus, place_of_birth = :pob,
                    phone_numbers = :phones, internet_identifiers = :internet, physical_description = cast(:description as jsonb),
                    photo_references = :photos, biometric_references = :biometrics, name_key = :nameKey, custody_status = :custody,
                    registration_tier = :tier, registration_status = :status, registration_starts_on = :startsOn,
                    registration_ends_on = :endsOn, next_verification_due = :nextDue, compliance_status = :compliance,
                    registration_policy_note = :note, updated_at = :updatedAt
                where id = :id and version = :expected
                """), i)
                .param("id", after.id().value())
                .param("expected", before.version())
                .param("version", after.version())
                .param("custody", after.custody().status().name())
                .param("tier", g == null ? null : g.tier().name())
                .param("status", g == null ? null : g.status().name())
                .param("startsOn", date(g == null ? null : g.startsOn()))
                .param("endsOn", date(g == null ? null : g.endsOn()))
                .param("nextDue", date(g == null ? null : g.nextVerificationDue()))
                .param("compliance", g == null ? null : g.complianceStatus().name())
                .param("note", g == null ? null : g.policyNote())
                .param("updatedAt", Timestamp.from(after.updatedAt()))
                .update();
        if (updated != 1) {
            throw new IllegalStateException(
                    "registrant " + after.id() + " is no longer at version " + before.version());
        }
        UUID id = after.id().value();
        if (!before.identity().documents().equals(i.documents())) {
            jdbc.sql("delete from registry.identity_document where registrant_id = :id")
                    .param("id", id)
                    .update();
            insertDocuments(id, i.documents());
        }
        Set<UUID> known = new HashSet<>();
        before.convictions().forEach(c -> known.add(c.id()));
        before.custody().events().forEach(e -> known.add(e.id()));
        before.addresses().forEach(a -> known.add(a.id()));
        before.verifications().forEach(v -> known.add(v.id()));
        after.convictions().stream().filter(c -> !known.contains(c.id())).forEach(c -> convictions.insert(id, c));
        after.custody().events().stream()
                .filter(e -> !known.contains(e.id()))
                .forEach(e -> custodyEvents.insert(id, e));
        after.addresses().stream().filter(a -> !known.contains(a.id())).forEach(a -> addresses.insert(id, a));
        after.verifications().stream().filter(v -> !known.contains(v.id())).forEach(v -> verifications.insert(id, v));
    }

    @Override
    public List<DuplicateCandidate> possibleDuplicates(Identity identity) {
        List<String> documents = identity.documentKeys();
        String dob =
                identity.dateOfBirth() == null ? null : identity.dateOfBirth().toString();
        String birthMonth = dob != null && dob.length() >= 7 ? dob.substring(0, 7) : null;
        // Two clerks entering the same person at once: the second waits here and then sees the first. One statement
        // takes every lock, in a fixed order so that two transactions never wait for each other. The check below is
        // a statement of its own: its snapshot must be taken after the locks are held. The month of birth is locked
        // too: the one-letter and own-script rules compare people whose name keys differ.
        List<String> keys = new ArrayList<>();
        keys.add("registrant-name:" + identity.nameKey());
        if (birthMonth != null) {
            keys.add("registrant-birth-month:" + birthMonth);
        }
        documents.stream().sorted().forEach(number -> keys.add("registrant-document:" + number));
        jdbc.sql(
                        "select count(pg_advisory_xact_lock(hashtext(k))) from (select k from unnest(:keys) k order by k) locks")
                .param("keys", keys.toArray(String[]::new))
                .query(Long.class)
                .single();
        Map<UUID, DuplicateCandidate> found = new java.util.LinkedHashMap<>();
        String script = DuplicateRules.scriptKey(identity.originalScriptName());
        jdbc.sql("""
                select r.id, r.family_name, r.given_names, r.original_script_name, r.date_of_birth, r.name_key, d.number as document
                from registry.registrant r
                left join registry.identity_document d on d.registrant_id = r.id and d.number_normalized = any(:documents)
                where d.number is not null
                   or (r.name_key = :nameKey and r.date_of_birth = :dob)
                   or (length(:dob) = 10 and r.date_of_birth = :dob)
                   or (cast(:script as text) is not null and left(r.date_of_birth, 7) = :birthMonth and r.original_script_name is not null)
                order by r.created_at, r.id
                """)
                .param("nameKey", identity.nameKey())
                .param("dob", dob)
                .param("birthMonth", birthMonth)
                .param("script", script)
                .param("documents", documents.toArray(String[]::new))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    DuplicateCandidate before = found.get(id);
                    List<DuplicateCandidate.Likeness> reasons =
                            new ArrayList<>(before == null ? List.of() : before.reasons());
                    String theirs = rs.getString("family_name") + " " + rs.getString("given_names");
                    DuplicateRules.reasons(
                                    identity,
                                    dob,
                                    script,
                                    rs.getString("document"),
                                    rs.getString("name_key"),
                                    theirs,
                                    rs.getString("original_script_name"),
                                    rs.getString("date_of_birth"))
                            .stream()
                            .filter(r -> !reasons.contains(r))
                            .forEach(reasons::add);
                    if (!reasons.isEmpty()) {
                        found.put(
                                id,
                                new DuplicateCandidate(
                                        id,
                                        rs.getString("family_name"),
                                        rs.getString("given_names"),
                                        rs.getString("original_script_name"),
                                        rs.getString("date_of_birth"),
                                        reasons));
                    }
                    return id;
                })
                .list();
        return List.copyOf(found.values());
    }

    @Override
    public RegistrantPage list(RegistrantFilter filter, Viewer viewer, LocalDate today, int page, int size) {
        StringBuilder where = new StringBuilder(" where ").append(RecordVisibility.visibleTo("registry.registrant.id"));
        Map<String, Object> params = new HashMap<>();
        params.put(RecordVisibility.UNIT_PARAMETER, viewer.unit());
        params.put("today", date(today));
        if (filter.namePrefix() != null) {
            List<String> words = NameNormalizer.words(NameNormalizer.normalize(filter.namePrefix()));
            for (int n = 0; n < words.size(); n++) {
                where.append(" and (' ' || name_key) like :w").append(n);
                params.put("w" + n, "% " + words.get(n) + "%");
            }
        }
        if (filter.nationality() != null) {
            where.append(" and :nationality = any(nationalities)");
            params.put("nationality", filter.nationality().code());
        }
        if (filter.custodyStatus() != null) {
            where.append(" and custody_status = :custody");
            params.put("custody", filter.custodyStatus().name());
        }
        if (filter.registrationStatus() != null) {
            where.append(" and registration_status = :registrationStatus");
            params.put("registrationStatus", filter.registrationStatus().name());
        }
        if (filter.tier() != null) {
            where.append(" and registration_tier = :tier");
            params.put("tier", filter.tier().name());
        }
        if (filter.compliance() != null) {
            where.append(" and compliance_status = :compliance");
            params.put("compliance", filter.compliance().name());
        }
        if (filter.overdueOn() != null) {
            where.append(" and registration_status = 'ACTIVE' and next_verification_due < :overdueOn");
            params.put("overdueOn", date(filter.overdueOn()));
        }
        long total = jdbc.sql("select count(*) from registry.registrant" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<RegistrantSummary> items = jdbc.sql(
                        """
                select id, version, family_name, given_names, original_script_name, date_of_birth, sex, nationalities,
                       custody_status, registration_status, registration_tier, compliance_status, next_verification_due,
                       coalesce(registration_status = 'ACTIVE' and next_verification_due < cast(:today as date), false) as overdue
                from registry.registrant""" + where + " order by " + orderBy(filter.sort()) + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new RegistrantSummary(
                        rs.getObject("id", UUID.class),
                        rs.getLong("version"),
                        rs.getString("family_name"),
                        rs.getString("given_names"),
                        rs.getString("original_script_name"),
                        rs.getString("date_of_birth"),
                        rs.getString("sex"),
                        Arrays.asList((String[]) rs.getArray("nationalities").getArray()),
                        rs.getString("custody_status"),
                        rs.getString("registration_status"),
                        rs.getString("registration_tier"),
                        rs.getString("compliance_status"),
                        localDate(rs, "next_verification_due"),
                        rs.getBoolean("overdue")))
                .list();
        return new RegistrantPage(items, page, size, total);
    }

    /** Each order ends on the id: a stable order, so that pages neither repeat nor skip a registrant. */
    private static String orderBy(RegistrantSort sort) {
        return switch (sort) {
            case NEWEST -> "created_at desc, id";
            case NAME -> "family_name, given_names, id";
            case VERIFICATION_DUE -> "next_verification_due nulls last, id";
            case DATE_OF_BIRTH -> "date_of_birth nulls last, id";
        };
    }

    private JdbcClient.StatementSpec identityParams(JdbcClient.StatementSpec sql, Identity i) {
        return sql.param("family", i.familyName())
                .param("given", i.givenNames())
                .param("script", i.originalScriptName())
                .param("dob", i.dateOfBirth() == null ? null : i.dateOfBirth().toString())
                .param("sex", i.sex().name())
                .param(
                        "nationalities",
                        i.nationalities().stream().map(CountryCode::code).toArray(String[]::new))
                .param(
                        "aliases",
                        JSON.writeValueAsString(i.aliases().stream()
                                .map(a -> new AliasRow(
                                        a.familyName(),
                                        a.givenNames(),
                                        a.fullName(),
                                        a.dateOfBirth() == null
                                                ? null
                                                : a.dateOfBirth().toString()))
                                .toList()))
                .param("dobPlusMinus", i.dateOfBirthPlusMinusYears())
                .param("pob", i.placeOfBirth())
                .param("phones", i.phoneNumbers().toArray(String[]::new))
                .param("internet", i.internetIdentifiers().toArray(String[]::new))
                .param(
                        "description",
                        i.physicalDescription() == null ? null : JSON.writeValueAsString(i.physicalDescription()))
                .param("photos", i.photoReferences().toArray(String[]::new))
                .param("biometrics", i.biometricReferences().toArray(String[]::new))
                .param("nameKey", i.nameKey());
    }

    private void insertDocuments(UUID id, List<IdentityDocument> documents) {
        for (int n = 0; n < documents.size(); n++) {
            IdentityDocument d = documents.get(n);
            jdbc.sql("""
                    insert into registry.identity_document (registrant_id, position, type, number, number_normalized, issuing_state, expires_on)
                    values (:id, :position, :type, :number, :normalized, :state, :expires)
                    """)
                    .param("id", id)
                    .param("position", n)
                    .param("type", d.type().name())
                    .param("number", d.number())
                    .param("normalized", d.normalizedNumber())
                    .param("state", d.issuingState().code())
                    .param("expires", date(d.expiresOn()))
                    .update();
        }
    }

    private Optional<Registrant> load(RegistrantId id, String sql) {
        return jdbc.sql(sql)
                .param("id", id.value())
                .query((rs, n) -> registrant(rs))
                .optional()
                .map(this::withChildren);
    }

    /** The row alone; {@link #withChildren} adds what lives in the tables below it. */
    private static Registrant registrant(ResultSet rs) throws SQLException {
        String dob = rs.getString("date_of_birth");
        String description = rs.getString("physical_description");
        Identity identity = new Identity(
                rs.getString("family_name"),
                rs.getString("given_names"),
                rs.getString("original_script_name"),
                JSON.readValue(rs.getString("aliases"), ALIASES).stream()
                        .map(a -> new Alias(
                                a.familyName(),
                                a.givenNames(),
                                a.fullName(),
                                a.dateOfBirth() == null ? null : stored(a.dateOfBirth())))
                        .toList(),
                dob == null ? null : stored(dob),
                (Integer) rs.getObject("date_of_birth_plus_minus_years"),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("place_of_birth"),
                strings(rs, "nationalities").stream().map(CountryCode::new).toList(),
                List.of(),
                strings(rs, "phone_numbers"),
                strings(rs, "internet_identifiers"),
                description == null ? null : JSON.readValue(description, PhysicalDescription.class),
                strings(rs, "photo_references"),
                strings(rs, "biometric_references"));
        String tier = rs.getString("registration_tier");
        Registration registration = tier == null
                ? null
                : new Registration(
                        RegistrationTier.valueOf(tier),
                        RegistrationStatus.valueOf(rs.getString("registration_status")),
                        localDate(rs, "registration_starts_on"),
                        localDate(rs, "registration_ends_on"),
                        localDate(rs, "next_verification_due"),
                        ComplianceStatus.valueOf(rs.getString("compliance_status")),
                        rs.getString("registration_policy_note"));
        return new Registrant(
                new RegistrantId(rs.getObject("id", UUID.class)),
                rs.getLong("version"),
                identity,
                List.of(),
                CustodyTimeline.empty(),
                List.of(),
                registration,
                List.of(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private Registrant withChildren(Registrant r) {
        UUID id = r.id().value();
        List<IdentityDocument> documents = jdbc.sql(
                        "select * from registry.identity_document where registrant_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> document(rs))
                .list();
        return withChildren(
                r, documents, convictions.of(id), custodyEvents.of(id), addresses.of(id), verifications.of(id));
    }

    @Override
    public Map<RegistrantId, Registrant> findAll(Collection<RegistrantId> ids) {
        UUID[] keys = ids.stream().map(RegistrantId::value).distinct().toArray(UUID[]::new);
        Map<RegistrantId, Registrant> found = new LinkedHashMap<>();
        if (keys.length == 0) {
            return found;
        }
        List<Registrant> rows = jdbc.sql("select * from registry.registrant where id = any(:ids)")
                .param("ids", keys)
                .query((rs, n) -> registrant(rs))
                .list();
        Map<UUID, List<IdentityDocument>> documents = new HashMap<>();
        jdbc.sql("select * from registry.identity_document where registrant_id = any(:ids) order by position")
                .param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getObject("registrant_id", UUID.class), document(rs)))
                .list()
                .forEach(e -> documents
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        List<UUID> present = rows.stream().map(r -> r.id().value()).toList();
        Map<UUID, List<Conviction>> convictionsOf = convictions.ofAll(present);
        Map<UUID, List<CustodyEvent>> eventsOf = custodyEvents.ofAll(present);
        Map<UUID, List<Address>> addressesOf = addresses.ofAll(present);
        Map<UUID, List<Verification>> verificationsOf = verifications.ofAll(present);
        for (Registrant r : rows) {
            UUID id = r.id().value();
            found.put(
                    r.id(),
                    withChildren(
                            r,
                            documents.getOrDefault(id, List.of()),
                            convictionsOf.getOrDefault(id, List.of()),
                            eventsOf.getOrDefault(id, List.of()),
                            addressesOf.getOrDefault(id, List.of()),
                            verificationsOf.getOrDefault(id, List.of())));
        }
        return found;
    }

    private static IdentityDocument document(ResultSet rs) throws SQLException {
        return new IdentityDocument(
                DocumentType.valueOf(rs.getString("type")),
                rs.getString("number"),
                new CountryCode(rs.getString("issuing_state")),
                localDate(rs, "expires_on"));
    }

    private static Registrant withChildren(
            Registrant r,
            List<IdentityDocument> documents,
            List<Conviction> convictions,
            List<CustodyEvent> events,
            List<Address> addresses,
            List<Verification> verifications) {
        Identity i = r.identity();
        Identity identity = new Identity(
                i.familyName(),
                i.givenNames(),
                i.originalScriptName(),
                i.aliases(),
                i.dateOfBirth(),
                i.dateOfBirthPlusMinusYears(),
                i.sex(),
                i.placeOfBirth(),
                i.nationalities(),
                documents,
                i.phoneNumbers(),
                i.internetIdentifiers(),
                i.physicalDescription(),
                i.photoReferences(),
                i.biometricReferences());
        return new Registrant(
                r.id(),
                r.version(),
                identity,
                convictions,
                new CustodyTimeline(events),
                addresses,
                r.registration(),
                verifications,
                r.createdAt(),
                r.createdBy(),
                r.updatedAt());
    }

    // Stored values passed validation when written; LocalDate.MAX only disables the future check.
    private static PartialDate stored(String text) {
        return PartialDate.parse(text, "dateOfBirth", LocalDate.MAX);
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return new ArrayList<>(Arrays.asList((String[]) rs.getArray(column).getArray()));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
