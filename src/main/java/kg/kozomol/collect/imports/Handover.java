package kg.kozomol.collect.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs a producer on a thread of its own while the calling thread consumes what it hands over, so reading a file and
 * writing to the database use both cores instead of taking turns. At most {@code capacity} items wait between them,
 * so memory stays flat. Only the calling thread consumes: it keeps the transaction and the database connection. A
 * failure on either side stops both and comes out of {@link #run} on the calling thread.
 */
final class Handover {

    /** Makes the items, handing each to {@code out}; may throw anything, which the consumer's thread then throws. */
    interface Producer<T> {
        void produce(Consumer<T> out) throws Exception;
    }

    private static final Object END = new Object();

    private record Failure(Throwable cause) {
    }

    /** Thrown inside the producer once the consumer has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private Handover() {
    }

    @SuppressWarnings("unchecked")
    static <T> void run(String name, int capacity, Producer<T> producer, Consumer<T> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(capacity);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            Object last = END;
            try {
                producer.produce(item -> {
                    if (stopped.get()) {
                        throw new Stopped();
                    }
                    put(queue, item);
                });
            } catch (Stopped e) {
                return;
            } catch (Throwable e) {
                last = new Failure(e);
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                // the consumer has stopped and no longer listens
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        try {
            for (Object item = take(queue); item != END; item = take(queue)) {
                if (item instanceof Failure failure) {
                    throw rethrown(failure.cause());
                }
                consumer.accept((T) item);
            }
        } finally {
            stopped.set(true);
            thread.interrupt();
            join(thread);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the producer", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(cause);
    }
}
