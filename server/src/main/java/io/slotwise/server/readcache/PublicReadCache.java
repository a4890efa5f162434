package io.slotwise.server.readcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.slotwise.server.events.ChangedVenues;
import io.slotwise.server.system.SlotwiseProperties;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Rendered public answers in memory, by request URL. An answer is good while no change of its
 * venue has arrived since it <em>started</em> rendering: each arriving change takes the next
 * number of a counter and notes it against its venue, and an answer remembers the counter from
 * before it read the database. So an answer read just before a commit and stored just after the
 * change arrived is never served; at worst a fresh one is thrown away. Changes arrive from every
 * instance through the event relay ({@link ChangedVenues}), before their events go out.
 */
@Component
class PublicReadCache implements ChangedVenues {

    private final AtomicLong changes = new AtomicLong();
    /** The change count when the relay last went down or came back: nothing started before it holds. */
    private volatile long lastLoss = -1;
    private volatile boolean hearing = true;
    private final Map<UUID, Long> lastChangeOfVenue = new ConcurrentHashMap<>();
    private final Cache<String, CachedAnswer> answers;
    private final boolean enabled;

    PublicReadCache(SlotwiseProperties properties) {
        SlotwiseProperties.PublicCache config = properties.publicCache();
        this.enabled = config.enabled();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxMegabytes() * 1024L * 1024L)
                .weigher((String url, CachedAnswer a) -> a.weight() + url.length())
                .expireAfterWrite(config.maxAge())
                .build();
    }

    boolean enabled() {
        return enabled;
    }

    /** Taken before an answer reads the database. */
    long mark() {
        return changes.get();
    }

    /** The answer for {@code url} if it still holds at {@code now}. */
    CachedAnswer fresh(String url, Instant now) {
        CachedAnswer answer = answers.getIfPresent(url);
        if (answer == null) {
            return null;
        }
        if (!holds(answer, now)) {
            answers.asMap().remove(url, answer);
            return null;
        }
        return answer;
    }

    void store(String url, CachedAnswer answer, Instant now) {
        // Checked here too: a change that arrived while it rendered makes it stale at birth.
        if (enabled && holds(answer, now)) {
            answers.put(url, answer);
        }
    }

    private boolean holds(CachedAnswer answer, Instant now) {
        return hearing && lastLoss <= answer.mark
                && lastChangeOfVenue.getOrDefault(answer.venueId, -1L) <= answer.mark
                && (answer.validUntil == null || now.isBefore(answer.validUntil));
    }

    @Override
    public void changed(Set<UUID> venueIds) {
        for (UUID venue : venueIds) {
            // max: two changes arriving at once must not leave the older number as the last
            lastChangeOfVenue.merge(venue, changes.incrementAndGet(), Math::max);
        }
    }

    @Override
    public void hearing(boolean hearing) {
        this.hearing = hearing;
        lastLoss = changes.incrementAndGet();
        answers.invalidateAll();
    }

    long size() {
        return answers.estimatedSize();
    }
}
