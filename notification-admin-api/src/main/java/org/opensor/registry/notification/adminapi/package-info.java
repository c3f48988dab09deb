/**
 * The notification worker's administration API as types: what {@code /api/v1/subscriptions} and
 * {@code /api/v1/deliveries/dead-letters} take and answer. The worker serves them (and its OpenAPI document is derived
 * from them); registry-api's console calls the worker with them. One definition, so the two cannot part.
 */
package org.opensor.registry.notification.adminapi;
