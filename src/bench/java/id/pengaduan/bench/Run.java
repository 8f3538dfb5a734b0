package id.pengaduan.bench;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * One measured round: {@code operations} calls shared by {@code clients} threads, each
 * call timed. A call that answers false or throws counts as an error; its time still
 * counts.
 */
record Run(int clients, int operations, int errors, long wallNanos, long[] latencies) {

	static Run of(int clients, int operations, IntPredicate operation) {
		long[] latencies = new long[operations];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		try {
			Future<?>[] workers = new Future<?>[clients];
			for (int c = 0; c < clients; c++) {
				workers[c] = pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
						long begin = System.nanoTime();
						boolean ok;
						try {
							ok = operation.test(i);
						}
						catch (RuntimeException ex) {
							ok = false;
						}
						latencies[i] = System.nanoTime() - begin;
						if (!ok) {
							errors.incrementAndGet();
						}
					}
				});
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
		long wall = System.nanoTime() - start;
		try {
			pool.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return new Run(clients, operations, errors.get(), wall, latencies);
	}

	/** Several rounds of the same measurement as one. */
	static Run merge(Iterable<Run> runs) {
		int clients = 0;
		int operations = 0;
		int errors = 0;
		long wall = 0;
		long[] all = new long[0];
		for (Run run : runs) {
			clients = run.clients;
			operations += run.operations;
			errors += run.errors;
			wall += run.wallNanos;
			long[] joined = Arrays.copyOf(all, all.length + run.latencies.length);
			System.arraycopy(run.latencies, 0, joined, all.length, run.latencies.length);
			all = joined;
		}
		return new Run(clients, operations, errors, wall, all);
	}

	double perSecond() {
		return this.operations / (this.wallNanos / 1e9);
	}

	double percentileMillis(double percent) {
		if (this.latencies.length == 0) {
			return Double.NaN;
		}
		long[] sorted = this.latencies.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
