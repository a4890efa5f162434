package io.slotwise.bench;

/** One measured line: what ran, at which concurrency, how fast, and seats oversold. */
record Result(String what, int clients, int operations, double seconds, double p50Millis, double p99Millis,
        int errors, long oversold) {

    double perSecond() {
        return operations / seconds;
    }
}
