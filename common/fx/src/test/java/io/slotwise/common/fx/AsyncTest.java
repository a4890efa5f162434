package io.slotwise.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.client.SlotwiseApiException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class AsyncTest {

    /** Background work waits here until the test lets it run, in the order the test chooses. */
    final List<Runnable> background = new ArrayList<>();
    final Queue<Runnable> ui = new ArrayDeque<>();
    final Async async = new Async(background::add, ui::add);
    final List<String> shown = new ArrayList<>();

    private void finishBackground(int index) {
        background.remove(index).run();
        while (!ui.isEmpty()) {
            ui.poll().run();
        }
    }

    @Test
    void aNewerAnswerIsNeverOverwrittenByAnOlderOneArrivingLate() {
        Async.Latest day = async.latest();
        day.run(() -> "Monday", shown::add, p -> shown.add("failed"));
        day.run(() -> "Tuesday", shown::add, p -> shown.add("failed"));

        finishBackground(1); // Tuesday answers first
        finishBackground(0); // Monday's slow answer comes after

        assertThat(shown).containsExactly("Tuesday");
        assertThat(async.busyProperty().get()).as("both calls are over").isFalse();
    }

    @Test
    void aReplacedCallsFailureIsNotShownEither() {
        Async.Latest search = async.latest();
        search.<String>run(() -> {
            throw new SlotwiseApiException(503, "INTERNAL_ERROR", "down", List.of(), "down", null);
        }, shown::add, p -> shown.add("failed"));
        search.run(() -> "found", shown::add, p -> shown.add("failed"));

        finishBackground(0);
        finishBackground(0);

        assertThat(shown).containsExactly("found");
    }

    @Test
    void forgottenAnswersAreDropped() {
        Async.Latest venue = async.latest();
        venue.run(() -> "old venue", shown::add, p -> shown.add("failed"));
        venue.forget();

        finishBackground(0);

        assertThat(shown).isEmpty();
    }

    @Test
    void independentCallsAllArriveAndFailuresBecomeReadableProblems() {
        Executor direct = Runnable::run;
        Async immediate = new Async(direct, direct);
        List<Problem> problems = new ArrayList<>();

        immediate.run(() -> "one", shown::add, problems::add);
        immediate.<String>run(() -> {
            throw new IllegalStateException("a bug");
        }, shown::add, problems::add);

        assertThat(shown).containsExactly("one");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).doesNotContain("a bug"));
    }
}
