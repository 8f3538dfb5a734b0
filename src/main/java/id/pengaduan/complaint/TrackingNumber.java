package id.pengaduan.complaint;

import java.util.regex.Pattern;

/**
 * A tracking number such as {@code ADU-2026-000123}. It is sequential, so it is never
 * enough on its own: every citizen request also needs the random {@link AccessCode}.
 */
public record TrackingNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("ADU-\\d{4}-\\d{6,}");

	public TrackingNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a tracking number: " + value);
		}
	}

	public static TrackingNumber of(int year, long sequence) {
		return new TrackingNumber("ADU-%04d-%06d".formatted(year, sequence));
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
