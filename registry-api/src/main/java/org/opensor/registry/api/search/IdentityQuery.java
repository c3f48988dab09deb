package org.opensor.registry.api.search;

import org.opensor.registry.matching.Identity;

/** What an officer searches for, already checked, and which page of the ranked hits to return. */
public record IdentityQuery(Identity identity, int page, int size) {}
