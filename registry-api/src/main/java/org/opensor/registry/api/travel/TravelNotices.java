package org.opensor.registry.api.travel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The travel notices of registrants. */
public interface TravelNotices {

    void add(TravelNotice notice);

    /** Stores the new state; the caller holds the registrant's lock. */
    void update(TravelNotice notice);

    Optional<TravelNotice> find(UUID registrantId, UUID noticeId);

    /** One page of a registrant's notices, latest departure first. */
    List<TravelNotice> of(UUID registrantId, int page, int size);

    long count(UUID registrantId);
}
