package org.opensor.registry.api.extradition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Foreign requests and extradition treaties, in PostgreSQL. */
public interface ForeignRequests {

    void add(ForeignRequest request);

    void update(ForeignRequest request);

    Optional<ForeignRequest> find(UUID id);

    Optional<ForeignRequest> findForUpdate(UUID id);

    /** The open requests for the person, oldest first. */
    List<ForeignRequest> openFor(UUID subjectId);

    /** Every request for the person, open or closed, latest received first (at most {@code limit}). */
    List<ForeignRequest> ofSubject(UUID subjectId, int limit);

    List<ExtraditionTreaty> treaties();

    Optional<ExtraditionTreaty> treaty(String state);

    void saveTreaty(ExtraditionTreaty treaty);

    /** The registrant's id, or the subject id of a charge's accused: the people a request may name. */
    boolean personExists(UUID subjectId);

    boolean isRegistrant(UUID subjectId);

    /** The nationalities recorded for the person (registrant or accused), ISO alpha-3. */
    List<String> nationalitiesOf(UUID subjectId);

    /** The maximum imprisonment in months the library gives the Cambodian offence, when it records one. */
    Optional<Integer> cambodianMaxPenaltyMonths(String offenceId);

    /** Whether the offence is in the library as Cambodian law. */
    boolean isCambodianOffence(String offenceId);
}
