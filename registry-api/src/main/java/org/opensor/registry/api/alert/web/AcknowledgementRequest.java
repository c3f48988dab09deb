package org.opensor.registry.api.alert.web;

import jakarta.validation.constraints.Size;

/** @param note what the officer did or will do, optional */
record AcknowledgementRequest(@Size(max = 1000) String note) {}
