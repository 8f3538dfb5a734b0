package id.pengaduan.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a JFR recording of the application says, in Markdown: CPU samples by the method
 * on top (self) and by every method on the stack (total), the latter restricted to the
 * libraries whose cost we can change, and where the threads waited on the database.
 */
final class Flight {

	private static final List<String> OURS = List.of("id.pengaduan.", "org.camunda.", "org.hibernate.",
			"org.springframework.security.", "org.springframework.orm.", "org.thymeleaf.", "org.postgresql.",
			"com.zaxxer.", "ch.qos.logback.", "org.h2.", "com.fasterxml.");

	private Flight() {
	}

	static String summary(String title, Path recording) throws IOException {
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		Map<String, Long> socketWaits = new HashMap<>();
		int samples = 0;
		long socketNanos = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			String type = event.getEventType().getName();
			RecordedStackTrace stack = event.getStackTrace();
			if (stack == null || stack.getFrames().isEmpty()) {
				continue;
			}
			if (type.equals("jdk.ExecutionSample")) {
				samples++;
				self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
				Set<String> seen = new HashSet<>();
				for (RecordedFrame frame : stack.getFrames()) {
					String name = name(frame);
					if (OURS.stream().anyMatch(name::startsWith) && seen.add(name)) {
						total.merge(name, 1, Integer::sum);
					}
				}
			}
			else if (type.equals("jdk.SocketRead")) {
				long nanos = event.getDuration().toNanos();
				socketNanos += nanos;
				socketWaits.merge(caller(stack), nanos, Long::sum);
			}
		}
		int all = Math.max(1, samples);
		StringBuilder out = new StringBuilder("## " + title + "\n\n");
		out.append("%d CPU samples (every ~10 ms per running thread); socket reads over 10 ms: %.1f s in all.%n%n"
			.formatted(samples, socketNanos / 1e9));
		out.append("Self (top of stack):\n\n| Samples | % | Method |\n|---:|---:|---|\n");
		top(self, 25).forEach((entry) -> out.append("| %d | %.1f | `%s` |%n".formatted(entry.getValue(),
				100.0 * entry.getValue() / all, entry.getKey())));
		out.append("\nTotal (anywhere on the stack):\n\n| Samples | % | Method |\n|---:|---:|---|\n");
		top(total, 60).forEach((entry) -> out.append("| %d | %.1f | `%s` |%n".formatted(entry.getValue(),
				100.0 * entry.getValue() / all, entry.getKey())));
		out.append("\nSocket reads (database and HTTP waits) by the first caller of ours:\n\n| Seconds | Caller |\n"
				+ "|---:|---|\n");
		socketWaits.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(15)
			.forEach((entry) -> out.append("| %.2f | `%s` |%n".formatted(entry.getValue() / 1e9, entry.getKey())));
		return out.append('\n').toString();
	}

	private static String caller(RecordedStackTrace stack) {
		for (RecordedFrame frame : stack.getFrames()) {
			String name = name(frame);
			if (name.startsWith("id.pengaduan.") || name.startsWith("org.camunda.")
					|| name.startsWith("org.hibernate.")) {
				return name;
			}
		}
		return name(stack.getFrames().get(0));
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int limit) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(limit)
			.toList();
	}

}
