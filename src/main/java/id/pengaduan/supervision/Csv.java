package id.pengaduan.supervision;

import java.util.List;

/**
 * RFC 4180 text: comma separated, CRLF, quoted where needed. Text cells that a
 * spreadsheet would run as a formula get a leading apostrophe.
 */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv row(List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(field(cells.get(i)));
		}
		this.text.append("\r\n");
		return this;
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| !text.strip().equals(text)) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
