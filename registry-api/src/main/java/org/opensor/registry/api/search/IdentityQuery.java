package org.opensor.registry.api.search;

import org.opensor.registry.matching.Identity;

/**
 * What an officer searches for, already checked, and which page of the ranked hits to return: an identity (a name and
 * whatever else is known), or, when no name is known, a passport or identity card number alone.
 *
 * @param identity       the person sought; null for a search by a document number alone
 * @param documentNumber for a search by a document number alone, the number as given; else null (an identity
 *                       carries its own document numbers)
 */
public record IdentityQuery(Identity identity, String documentNumber, int page, int size) {

    public IdentityQuery {
        if ((identity == null) == (documentNumber == null)) {
            throw new IllegalArgumentException("a search is by an identity or by a document number alone");
        }
    }

    public IdentityQuery(Identity identity, int page, int size) {
        this(identity, null, page, size);
    }

    public static IdentityQuery byDocumentNumber(String documentNumber, int page, int size) {
        return new IdentityQuery(null, documentNumber, page, size);
    }

    public boolean byDocumentNumberAlone() {
        return identity == null;
    }
}
