package org.opensor.registry.api.registrant;

import org.opensor.registry.api.history.HistoryEntry;

/** One step of a registrant's life: the state it produced (one version), what kind of change, and its history entry. */
public record Change(Registrant after, ChangeKind kind, HistoryEntry entry) {}
