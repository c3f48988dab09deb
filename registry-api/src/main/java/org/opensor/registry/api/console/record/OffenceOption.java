package org.opensor.registry.api.console.record;

/** One offence of the statute library as the conviction form offers it: its title in the reader's language. */
record OffenceOption(String id, String article, String title) {}
