package id.pengaduan.bench;

import java.util.Arrays;
import java.util.List;

/**
 * How big a benchmark run is. {@code ci} runs in CI in a few minutes; {@code full} has the
 * sizes of issue 13. Each size can be overridden with {@code -Dbench.<name>=...}.
 *
 * @param warmup intakes (and bare starts) before anything is measured, for the JIT
 * @param intakeOps intakes per measured round
 * @param rounds rounds of each measurement, application and bare engine taking turns
 * @param waiting verification tasks waiting while completions are measured
 * @param completions completions per round
 * @param samples requests per queue and page measurement
 * @param timers SLA timers made due at once
 * @param openSizes open complaints at which queues and staff pages are measured (none:
 * at whatever the run has made)
 * @param h2 also measure intake on H2 files
 */
record Preset(String name, int warmup, int intakeOps, int rounds, int waiting, int completions, int samples,
		int timers, List<Integer> openSizes, boolean h2) {

	static Preset of(String name) {
		Preset preset = switch (name) {
			case "ci" -> new Preset("ci", 60, 100, 1, 300, 100, 10, 500, List.of(), false);
			case "full" -> new Preset("full", 300, 400, 3, 20_000, 1_000, 20, 20_000, List.of(10_000, 100_000), true);
			default -> throw new IllegalArgumentException("bench.preset is ci or full, not " + name);
		};
		return new Preset(preset.name, size("warmup", preset.warmup), size("intakeOps", preset.intakeOps),
				size("rounds", preset.rounds), size("waiting", preset.waiting),
				size("completions", preset.completions), size("samples", preset.samples),
				size("timers", preset.timers), sizes("openSizes", preset.openSizes),
				Boolean.parseBoolean(System.getProperty("bench.h2", Boolean.toString(preset.h2))));
	}

	private static int size(String name, int fallback) {
		return Integer.getInteger("bench." + name, fallback);
	}

	private static List<Integer> sizes(String name, List<Integer> fallback) {
		String value = System.getProperty("bench." + name);
		if (value == null) {
			return fallback;
		}
		return value.isBlank() ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

}
