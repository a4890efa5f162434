package io.slotwise.common.client;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON settings of the client, in one place so that HTTP calls and events read alike. */
final class SlotwiseJson {

    private SlotwiseJson() {
    }

    static JsonMapper newMapper() {
        return JsonMapper.builder()
                // A newer server may add members; an older client must keep working.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // And an older server leaves out members added since: numbers and flags read as 0 and false.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Likewise a new status value must not make a whole list unreadable.
                .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                // Session times carry the venue's offset, which the apps show; the default would
                // move every OffsetDateTime to UTC.
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
