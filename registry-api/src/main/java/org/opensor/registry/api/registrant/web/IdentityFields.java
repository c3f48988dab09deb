package org.opensor.registry.api.registrant.web;

import java.util.List;
import org.opensor.registry.api.registrant.Sex;

/** The identity part shared by the create and the update request. */
interface IdentityFields {

    String familyName();

    String givenNames();

    String originalScriptName();

    List<AliasRequest> aliases();

    String dateOfBirth();

    Integer dateOfBirthPlusMinusYears();

    Sex sex();

    String placeOfBirth();

    List<String> nationalities();

    List<DocumentRequest> documents();

    List<String> phoneNumbers();

    List<String> internetIdentifiers();

    PhysicalDescriptionRequest physicalDescription();

    List<String> photoReferences();

    List<String> biometricReferences();
}
