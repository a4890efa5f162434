package io.slotwise.server.activity;

import java.util.UUID;

/**
 * Published when an activity is created or its schedule, duration or state changes, so that its
 * sessions can be generated again after the change commits.
 */
public record ActivityScheduleChanged(UUID activityId) {
}
