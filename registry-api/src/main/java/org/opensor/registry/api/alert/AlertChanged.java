package org.opensor.registry.api.alert;

import java.util.UUID;

/**
 * An alert was added or changed and the change is committed. Published on every registry-api instance, whichever
 * instance made the change, for the live streams; it carries only the id, so listeners read the committed state.
 */
public record AlertChanged(UUID alertId) {}
