package org.opensor.registry.api.extradition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Extradition ({@code registry.extradition.*}).
 *
 * @param prosecutorOffice the prosecution office a release guard alerts beside the police (default
 *                         {@code General Prosecutor attached to the Court of Appeal}, which handles extradition)
 */
@ConfigurationProperties("registry.extradition")
public record ExtraditionSettings(
        @DefaultValue("General Prosecutor attached to the Court of Appeal")
        String prosecutorOffice) {}
