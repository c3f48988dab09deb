package org.opensor.registry.notification.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Binds {@link NotificationSettings} and runs the scheduled jobs (outbox relay, webhook dispatch, escalation). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
@EnableScheduling
class SettingsConfiguration {}
