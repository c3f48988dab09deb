package org.opensor.registry.api.travel;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Travel notice settings ({@code registry.travel.*}).
 *
 * @param noticePeriod how long before departure a notice is due (default {@code P21D}, as the US International
 *                     Megan's Law asks); a notice given later is accepted and flagged late
 */
@ConfigurationProperties("registry.travel")
public record TravelSettings(@DefaultValue("P21D") Period noticePeriod) {}
