/**
 * The Java client of the Slotwise HTTP API, shared by the desktop apps and the kiosk.
 *
 * <p>{@link io.slotwise.common.client.SlotwiseClient} has one typed method per endpoint and turns
 * every failure into {@link io.slotwise.common.client.SlotwiseApiException};
 * {@link io.slotwise.common.client.EventSubscription} follows a venue's Server-Sent Events and
 * reconnects by itself; {@link io.slotwise.common.client.Debouncer} turns bursts of those events
 * into one refresh.
 */
package io.slotwise.common.client;
