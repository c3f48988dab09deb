package org.opensor.registry.api.console.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SerialDeliveriesTest {

    @Test
    void rowsGoOutInTheOrderTheyCameAndAFailureStopsNone() {
        List<Runnable> started = new ArrayList<>();
        SerialDeliveries line = new SerialDeliveries(started::add);
        List<String> sent = new ArrayList<>();

        line.submit(() -> sent.add("first"));
        line.submit(() -> {
            throw new IllegalStateException("the browser left");
        });
        line.submit(() -> sent.add("third"));
        assertThat(started).as("one run drains the line").hasSize(1);
        started.getFirst().run();

        assertThat(sent).containsExactly("first", "third");
    }

    @Test
    void aPageThatWaitsHoldsUpNoOtherPage() throws InterruptedException {
        CountDownLatch auditLockHeld = new CountDownLatch(1);
        CountDownLatch otherPageServed = new CountDownLatch(1);
        List<String> sent = new CopyOnWriteArrayList<>();
        SerialDeliveries slowPage = new SerialDeliveries();
        SerialDeliveries otherPage = new SerialDeliveries();

        slowPage.submit(() -> {
            try {
                auditLockHeld.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sent.add("slow");
        });
        otherPage.submit(() -> {
            sent.add("other");
            otherPageServed.countDown();
        });

        assertThat(otherPageServed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(sent).containsExactly("other");
        auditLockHeld.countDown();
    }
}
